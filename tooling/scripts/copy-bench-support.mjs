// What the copy benchmarks share: the built CLI copying every board between the simulator's two
// users, and the span of its write phase as the simulator counts writes.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pinkit = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'cli', 'bin', 'pinkit.cjs');

/** Watches sim.stats.writes; stop() gives the writes and the seconds from the first write seen to the last. */
export function watchWrites(sim) {
  let first;
  let last;
  let seen = 0;
  const timer = setInterval(() => {
    const { writes } = sim.stats;
    if (writes === seen) return;
    const now = performance.now();
    first ??= now;
    last = now;
    seen = writes;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return { writes: sim.stats.writes, seconds: first === undefined ? 0 : (last - first) / 1000 };
    },
  };
}

/**
 * `pinkit copy-board --all` from the demo user to the target user, with `extraArgs`, through the
 * token names `tokens` (v5's by default; `pinkit sim` also has v3's); resolves with its exit code and output.
 */
export function runCopyAll(env, extraArgs = [], tokens = ['access_token', 'target_access_token']) {
  const args = [pinkit, 'copy-board', '--all', '-s', tokens[0], '-t', tokens[1], '--json', '-l', '0', ...extraArgs];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
