#!/usr/bin/env node
// Part of `pnpm bench` (or run alone after a build): prints figures, never fails on a time.
// Copies 8 boards x 40 pins with sections between the simulator's two users through the built
// CLI, at 100 ms latency and a write limit of 40/s, and reports the writes per second achieved
// during the write phase as a share of that limit (goal >= 0.8); then the same copy one write at
// a time (--concurrency 1), which cannot pass 10/s at that latency; then the first copy on the
// legacy API v3 (-v 3, v3 tokens), whose writes spend the same org_write quota.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startSimulator } from '../../packages/sim/dist/index.js';
import { runCopyAll, watchWrites } from './copy-bench-support.mjs';

const LIMIT = 40;
const LATENCY_MS = 100;

async function copyFigures(label, extraArgs, goal, tokens) {
  const sim = await startSimulator({ boards: 9, pinsPerBoard: 40, latencyMs: LATENCY_MS, writeRate: LIMIT });
  // A private HOME: the journal starts empty and nothing of the developer's is read; removed after.
  const home = mkdtempSync(join(tmpdir(), 'pinkit-bench-'));
  try {
    const env = { PATH: process.env.PATH, HOME: home, ...sim.env() };
    const watch = watchWrites(sim);
    const started = performance.now();
    const run = await runCopyAll(env, ['--writes-per-second', String(LIMIT), ...extraArgs], tokens);
    const total = (performance.now() - started) / 1000;
    const { writes, seconds } = watch.stop();
    let report;
    try {
      report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
    } catch {
      throw new Error(`copy-board (${label}) exited with ${run.code} without a report: ${run.stderr.trim()}`);
    }
    const rate = seconds > 0 ? writes / seconds : 0;
    const failed = report.failed.map((item) => `${item.item} ${item.sourceId}: ${item.message}`);
    console.log(
      `copy (${label}): ${report.copied.boards} boards, ${report.copied.sections} sections, ${report.copied.pins} pins, ` +
        `${report.skipped.length} skipped; ` +
        `${writes} writes in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} writes/s, ` +
        `${(rate / LIMIT).toFixed(2)} of the ${LIMIT}/s limit (${goal}); ` +
        `${sim.stats.rateLimited} 429s; ${failed.length} failed; exit ${run.code}; ${total.toFixed(1)} s in all`,
    );
    for (const line of failed) console.log(`  failed: ${line}`);
  } finally {
    await sim.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

await copyFigures('default concurrency 8', [], 'goal >= 0.8');
await copyFigures(
  'concurrency 1',
  ['--concurrency', '1'],
  `one write at a time cannot pass ${1000 / LATENCY_MS}/s at ${LATENCY_MS} ms latency`,
);
await copyFigures('API v3, default concurrency 8', ['-v', '3'], 'goal >= 0.8', ['v3_access_token', 'v3_target_access_token']);
