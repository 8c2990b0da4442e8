#!/usr/bin/env node
// `pnpm bench`: prints figures; never fails on a time. Measures
//  1. `pinkit --help` start-up against bare `node -e 0` (median of repeated runs);
//  2. one request: `pinkit get-pin` against a bare node:http GET of the same pin, the same GET
//     through @pinkit/api-v5 alone, and `node -e 0` (median wall time, peak RSS and CPU time);
//  3. peak memory of `pinkit get-user-pins --json` streaming 100,000 pins from the simulator, under
//     its default (Pinterest's documented) rate limits, and the 429s that drew;
//  4. copies (bench-copy.mjs), and a copy under the documented rate limits (bench-rate-limits.mjs).
//  5. publishing a 300-row plan under the documented org_write limit (bench-publish.mjs).
// `node tooling/scripts/bench.mjs start-up` prints 1 and 2 only (about a minute instead of several).
// `node tooling/scripts/bench.mjs million` prints only the peak memory of streaming 1,000,000 pins,
// twice (about 8 minutes: rate limits lifted, where Pinterest's read quota would take an hour; the
// simulator, in this process, holds them in about 1 GB).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../../packages/sim/dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinkit = join(root, 'apps', 'cli', 'bin', 'pinkit.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 21);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall times of several commands, their runs interleaved (one of each, `runs` times): a
 * machine whose speed drifts during the bench then slows every command alike, and the ratios hold.
 */
function timeCommands(commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, index) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
      times[index].push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  return times.map(median);
}

async function startupFigures() {
  timeCommands([
    ['-e', '0'],
    [pinkit, '--help'],
  ]); // warm the file cache for both
  const [bare, help] = timeCommands([
    ['-e', '0'],
    [pinkit, '--help'],
  ]);
  console.log(
    `start-up: pinkit --help median ${help.toFixed(1)} ms, node -e 0 median ${bare.toFixed(1)} ms, ` +
      `ratio ${(help / bare).toFixed(2)}x (goal <= 1.3x; ${runs} runs each, interleaved)`,
  );
}

/** Runs `node ...args` to the end without blocking this process (the simulator lives here). */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
      else resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, stderr });
    });
  });
}

/** Peak RSS and CPU time of one run of `node ...args` with report-usage.cjs preloaded. */
async function usage(args, env) {
  const { stderr } = await run(['--require', join(root, 'tooling', 'scripts', 'report-usage.cjs'), ...args], env);
  const [, kb, cpu] = /maxrss-kb=(\d+) cpu-ms=(\d+)/.exec(stderr) ?? [];
  return { mb: Number(kb) / 1024, cpu: Number(cpu) };
}

/**
 * Median wall time of each `[args, env]`, their runs interleaved (see timeCommands), then peak RSS
 * and CPU time from one more run of each.
 */
async function measureAll(commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, [args, env]] of commands.entries()) times[index].push((await run(args, env)).ms);
  }
  const figures = [];
  for (const [index, [args, env]] of commands.entries()) figures.push({ ms: median(times[index]), ...(await usage(args, env)) });
  return figures;
}

async function oneRequestFigures() {
  const sim = await startSimulator({ boards: 2, pinsPerBoard: 3 });
  try {
    const env = { ...process.env, ...sim.env() };
    const headers = { authorization: `Bearer ${env.ACCESS_TOKEN}` };
    const boards = await (await fetch(`${sim.url}/v5/boards`, { headers })).json();
    const pins = await (await fetch(`${sim.url}/v5/boards/${boards.items[0].id}/pins`, { headers })).json();
    const pinId = pins.items[0].id;
    await run(['-e', '0'], env); // warm the file cache
    const commands = [
      ['pinkit get-pin', [pinkit, 'get-pin', '-p', pinId], env],
      // Every run as the first one after an install: no code cache (apps/cli/src/start/start.ts).
      ['  without code cache', [pinkit, 'get-pin', '-p', pinId], { ...env, PINKIT_CODE_CACHE: 'off' }],
      ['bare node:http GET', [join(root, 'tooling', 'scripts', 'bare-get.mjs'), `${sim.url}/v5/pins/${pinId}`, env.ACCESS_TOKEN], env],
      ['@pinkit/api-v5 GET', [join(root, 'tooling', 'scripts', 'client-get.mjs'), sim.url, pinId, env.ACCESS_TOKEN], env],
      ['node -e 0', ['-e', '0'], env],
    ];
    const measured = await measureAll(commands.map(([, args, commandEnv]) => [args, commandEnv]));
    const rows = commands.map(([label], index) => [label, measured[index]]);
    const [cli, , bare, client, node] = rows.map(([, figures]) => figures);
    console.log(`one request (${runs} runs each, interleaved; goal: pinkit <= 1.3x the bare GET):`);
    for (const [label, { ms, mb, cpu }] of rows) {
      console.log(
        `  ${label.padEnd(20)} median ${ms.toFixed(1).padStart(6)} ms, ` +
          `peak RSS ${mb.toFixed(1).padStart(5)} MB, CPU ${String(cpu).padStart(4)} ms`,
      );
    }
    console.log(
      `  ratios: pinkit/bare GET ${(cli.ms / bare.ms).toFixed(2)}x wall, ${(cli.mb / bare.mb).toFixed(2)}x RSS; ` +
        `pinkit/node -e 0 ${(cli.ms / node.ms).toFixed(2)}x wall`,
    );
    // The library alone isolates the transport; the rest of pinkit's time is the CLI's start-up.
    console.log(
      `  transport: @pinkit/api-v5 GET/bare GET ${(client.ms / bare.ms).toFixed(2)}x wall, ${(client.mb / bare.mb).toFixed(2)}x RSS`,
    );
  } finally {
    await sim.stop();
  }
}

/** One `get-user-pins --json` through the simulator: pins, seconds, peak RSS in KB, and the 429s it drew. */
async function streamOnce(sim, extraEnv = {}) {
  const before = sim.stats;
  const child = spawn(
    process.execPath,
    [join(root, 'tooling', 'scripts', 'measure-rss.mjs'), 'get-user-pins', '--json', '-ps', '250', '-l', '0'],
    { env: { ...process.env, ...sim.env(), ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let lines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const started = Date.now();
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`get-user-pins exited with ${code}: ${stderr.trim()}`);
  const after = sim.stats;
  return {
    lines,
    seconds,
    kb: Number(/maxrss-kb=(\d+)/.exec(stderr)?.[1]),
    rateLimited: after.rateLimited - before.rateLimited,
    requests: after.requests - before.requests,
  };
}

function streamingLine({ lines, seconds, kb, rateLimited, requests }, goal, note = '') {
  return (
    `streaming: ${lines} pins through get-user-pins --json in ${seconds.toFixed(1)} s (${Math.round(lines / seconds)} pins/s), ` +
    `peak RSS ${(kb / 1024).toFixed(1)} MB (goal: ${goal}); ${rateLimited} of its ${requests} requests answered 429 (goal: none)${note}`
  );
}

async function streamingFigures(boards, pinsPerBoard) {
  const sim = await startSimulator({ boards, pinsPerBoard });
  try {
    console.log(streamingLine(await streamOnce(sim), 'flat, < 150 MB at 100,000'));
  } finally {
    await sim.stop();
  }
}

/**
 * 1,000,000 pins with the rate limits lifted. Then again with the collector tuned by the user
 * (the default young generation, which pinkit then leaves alone): V8's own policy lets the young
 * generation reach 32 MB and the old one four times what is live, where pinkit's listing keeps both
 * small (apps/cli/src/output/lean-heap.ts).
 */
async function millionFigures() {
  const seeding = Date.now();
  // The simulator leaves the last board empty, hence the extra board.
  const sim = await startSimulator({ boards: 1001, pinsPerBoard: 1000, rateLimits: false });
  const seeded = ` (rate limits off; simulator seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s)`;
  try {
    console.log(streamingLine(await streamOnce(sim), '< 100 MB at 1,000,000', seeded));
    const v8Policy = await streamOnce(sim, { NODE_OPTIONS: '--max-semi-space-size=16' });
    console.log(streamingLine(v8Policy, '< 100 MB at 1,000,000', ", with V8's own heap policy (NODE_OPTIONS=--max-semi-space-size=16)"));
  } finally {
    await sim.stop();
  }
}

if (process.argv[2] === 'million') {
  await millionFigures();
  process.exit(0);
}
await startupFigures();
await oneRequestFigures();
if (process.argv[2] === 'start-up') process.exit(0);
// The simulator leaves the last board empty, hence the extra board. Three sizes: memory that
// stays flat while the listing grows twenty-fold is what "streaming" means.
await streamingFigures(11, 1000);
await streamingFigures(101, 1000);
await streamingFigures(201, 1000);
await import('./bench-copy.mjs');
await import('./bench-rate-limits.mjs');
await import('./bench-publish.mjs');
