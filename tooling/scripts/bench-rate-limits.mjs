#!/usr/bin/env node
// Part of `pnpm bench` (or run alone after a build): prints figures, never fails on a time.
// A copy of about 240 writes between the simulator's two users under Pinterest's documented
// Standard-access limits (org_write 100 a minute, a bucket of 100 refilled continuously), at
// 100 ms latency, through the built CLI told nothing about limits. Reports the share of what the
// limit allowed during the write phase that the copy used (goal >= 0.9), the share of its writes
// answered 429 (goal <= 5%), and whether the target holds every copied pin exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createV5Client } from '../../packages/api-v5/dist/index.js';
import { startSimulator } from '../../packages/sim/dist/index.js';
import { runCopyAll, watchWrites } from './copy-bench-support.mjs';

const LIMIT_PER_MINUTE = 100;
const LATENCY_MS = 100;

/** Pins on the target user's boards, and how many distinct ones (board, title, link, image). */
async function countTargetPins(sim) {
  const client = createV5Client({ apiUri: sim.url, token: sim.env().TARGET_ACCESS_TOKEN, rateLimits: false });
  const keys = [];
  for await (const board of client.boards.list({ pageSize: 250 })) {
    for await (const pin of client.boards.listPins(board.id, { pageSize: 250 })) {
      keys.push([board.name, pin.title, pin.link, pin.media?.images?.['1200x']?.url].join('\u0000'));
    }
  }
  return { pins: keys.length, distinct: new Set(keys).size };
}

const sim = await startSimulator({ boards: 8, pinsPerBoard: 36, latencyMs: LATENCY_MS });
const home = mkdtempSync(join(tmpdir(), 'pinkit-bench-'));
try {
  const env = { PATH: process.env.PATH, HOME: home, ...sim.env() };
  const watch = watchWrites(sim);
  const started = performance.now();
  const run = await runCopyAll(env);
  const total = (performance.now() - started) / 1000;
  const { seconds } = watch.stop();
  let report;
  try {
    report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
  } catch {
    throw new Error(`copy-board exited with ${run.code} without a report: ${run.stderr.trim()}`);
  }
  const { writes, rateLimitedByCategory } = sim.stats;
  const limited = rateLimitedByCategory.org_write ?? 0;
  // A fresh bucket lets LIMIT through at once and refills LIMIT a minute: what a perfect client gets.
  const allowed = LIMIT_PER_MINUTE + (LIMIT_PER_MINUTE / 60) * seconds;
  const target = await countTargetPins(sim);
  const copied = report.copied.pins;
  const exact = target.pins === copied && target.distinct === copied;
  console.log(
    `rate limits (org_write ${LIMIT_PER_MINUTE}/min, ${LATENCY_MS} ms latency, told nothing): ` +
      `${report.copied.boards} boards, ${report.copied.sections} sections, ${copied} pins; ` +
      `${writes} writes in ${seconds.toFixed(1)} s, when the limit allowed ${Math.floor(allowed)} (a bucket of ${LIMIT_PER_MINUTE}, ` +
      `then ${LIMIT_PER_MINUTE}/min): ${(writes / allowed).toFixed(2)} of the limit (goal >= 0.9); ` +
      `${limited} writes answered 429 = ${((100 * limited) / (writes + limited)).toFixed(1)}% (goal <= 5%); ` +
      `target: ${target.pins} pins, ${target.distinct} distinct, ${exact ? 'none lost or duplicated' : 'MISMATCH'}; ` +
      `${report.failed.length} failed; exit ${run.code}; ${total.toFixed(1)} s in all`,
  );
  for (const item of report.failed) console.log(`  failed: ${item.item} ${item.sourceId}: ${item.message}`);
} finally {
  await sim.stop();
  rmSync(home, { recursive: true, force: true });
}
