#!/usr/bin/env node
// Part of `pnpm bench` (or run alone after a build): prints figures, never fails on a time.
// Publishes a plan of 300 rows into the simulator under Pinterest's documented Standard-access
// limit (org_write 100 a minute, a bucket of 100 refilled continuously), at 100 ms latency,
// through `@pinkit/publish` over an `@pinkit/api-v5` client told nothing about limits. Reports the
// share of what the limit allowed that the run used (goal >= 0.95 after the first minute's
// burst), the writes answered 429 (goal 0), and whether each row became exactly one pin.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createV5Client } from '../../packages/api-v5/dist/index.js';
import { publishPlan } from '../../packages/publish/dist/index.js';
import { startSimulator } from '../../packages/sim/dist/index.js';
import { watchWrites } from './copy-bench-support.mjs';

const ROWS = 300;
const LIMIT_PER_MINUTE = 100;
const LATENCY_MS = 100;

/** A thin PublishAccount over the v5 client; `@pinkit/account` will offer one for every API version. */
function v5Account(client) {
  const find = async (items, ref) => {
    const all = [];
    for await (const item of items) all.push(item);
    return all.find((item) => item.id === ref) ?? all.find((item) => item.name === ref);
  };
  const refused = () => Promise.reject(new Error('the benchmark plan has no sections or videos'));
  return {
    findBoard: (ref) => find(client.boards.list({ pageSize: 250 }), ref),
    createBoard: (name) => client.boards.create({ name }),
    findSection: (boardId, ref) => find(client.boardSections.list(boardId, { pageSize: 250 }), ref),
    createSection: refused,
    createPin: (input) => client.pins.create(input),
    listBoardPins: (boardId) => client.boards.listPins(boardId, { pageSize: 250 }),
    uploadVideo: refused,
  };
}

const sim = await startSimulator({ boards: 1, pinsPerBoard: 0, latencyMs: LATENCY_MS });
const dir = mkdtempSync(join(tmpdir(), 'pinkit-bench-publish-'));
try {
  const plan = join(dir, 'plan.csv');
  const rows = Array.from(
    { length: ROWS },
    (_, index) => `Bench,Pin ${index + 1},https://example.com/${index + 1},https://i.pinimg.com/originals/${index + 1}.jpg`,
  );
  writeFileSync(plan, ['board,title,link,media', ...rows].join('\n'));
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN });
  const watch = watchWrites(sim);
  const started = performance.now();
  const report = await publishPlan({ plan, account: v5Account(client), createBoards: true, writesPerSecond: 50 });
  const total = (performance.now() - started) / 1000;
  const { seconds } = watch.stop();
  const { writes, rateLimitedByCategory } = sim.stats;
  const limited = rateLimitedByCategory.org_write ?? 0;
  // A fresh bucket lets LIMIT through at once and refills LIMIT a minute: what a perfect client gets.
  const allowed = LIMIT_PER_MINUTE + (LIMIT_PER_MINUTE / 60) * seconds;
  const board = report.rows[0]?.boardId;
  const titles = [];
  if (board) for await (const pin of client.boards.listPins(board, { pageSize: 250 })) titles.push(pin.title);
  const exact = titles.length === ROWS && new Set(titles).size === ROWS;
  console.log(
    `publish (${ROWS} rows, org_write ${LIMIT_PER_MINUTE}/min, ${LATENCY_MS} ms latency, told nothing): ` +
      `${report.counts.publishedNow} published, ${report.counts.failed} failed; ` +
      `${writes} writes in ${seconds.toFixed(1)} s, when the limit allowed ${Math.floor(allowed)} (a bucket of ${LIMIT_PER_MINUTE}, ` +
      `then ${LIMIT_PER_MINUTE}/min): ${(writes / allowed).toFixed(2)} of the limit (goal >= 0.95); ` +
      `${limited} writes answered 429 (goal 0); board: ${titles.length} pins, ${exact ? 'each row once' : 'MISMATCH'}; ${total.toFixed(1)} s in all`,
  );
} finally {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
