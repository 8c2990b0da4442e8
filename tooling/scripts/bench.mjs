#!/usr/bin/env node
// `pnpm bench`: prints figures; never fails on a time. Measures
//  1. `pinkit --help` start-up against bare `node -e 0` (median of repeated runs);
//  2. peak memory of `pinkit get-user-pins --json` streaming 100,000 pins from the simulator.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../../packages/sim/dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinkit = join(root, 'apps', 'cli', 'bin', 'pinkit.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCommand(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

async function startupFigures() {
  timeCommand(['-e', '0']); // warm the file cache for both
  const bare = timeCommand(['-e', '0']);
  const help = timeCommand([pinkit, '--help']);
  console.log(`start-up: pinkit --help median ${help.toFixed(1)} ms, node -e 0 median ${bare.toFixed(1)} ms, ratio ${(help / bare).toFixed(2)}x (goal <= 1.5x; ${runs} runs each)`);
}

async function streamingFigures(boards, pinsPerBoard) {
  const sim = await startSimulator({ boards, pinsPerBoard });
  try {
    const child = spawn(process.execPath, [join(root, 'tooling', 'scripts', 'measure-rss.mjs'), 'get-user-pins', '--json', '-ps', '250', '-l', '0'], {
      env: { ...process.env, ...sim.env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const started = Date.now();
    const code = await new Promise((resolve) => child.on('close', resolve));
    const seconds = (Date.now() - started) / 1000;
    const kb = Number(/maxrss-kb=(\d+)/.exec(stderr)?.[1]);
    if (code !== 0) throw new Error(`get-user-pins exited with ${code}: ${stderr.trim()}`);
    console.log(`streaming: ${lines} pins through get-user-pins --json in ${seconds.toFixed(1)} s (${Math.round(lines / seconds)} pins/s), peak RSS ${(kb / 1024).toFixed(1)} MB (goal: flat, < 150 MB at 100,000)`);
  } finally {
    await sim.stop();
  }
}

await startupFigures();
// The simulator leaves the last board empty, hence the extra board. Three sizes: memory that
// stays flat while the listing grows twenty-fold is what "streaming" means.
await streamingFigures(11, 1000);
await streamingFigures(101, 1000);
await streamingFigures(201, 1000);
await import('./bench-copy.mjs');
