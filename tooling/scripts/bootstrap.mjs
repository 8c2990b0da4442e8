#!/usr/bin/env node
// First-run entry for a fresh machine that has only Node.js and npm: `npm run quickstart`,
// `npm run test:all` and `npm run release` come through here. It finds pnpm (the version pinned in package.json's
// `packageManager`), fetching it from the npm registry when missing, installs the workspace
// when the lockfile changed since the last install, then runs the task through pnpm.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keytarBuildNote } from './keytar-build-note.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const [task = 'build', ...rest] = process.argv.slice(2);

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs pnpm install with keytar's build log replaced by one line (see keytar-build-note.mjs). */
async function install(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: ['inherit', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  const note = keytarBuildNote();
  const relay = (from, to) =>
    new Promise((done) => {
      const lines = createInterface({ input: from, crlfDelay: Infinity });
      lines.on('line', (line) => note.line(line).forEach((kept) => to.write(`${kept}\n`)));
      lines.on('close', done);
    });
  const [code] = await Promise.all([
    new Promise((done, fail) => child.on('error', fail).on('close', (status) => done(status ?? 1))),
    relay(child.stdout, process.stdout),
    relay(child.stderr, process.stderr),
  ]);
  note.end().forEach((line) => process.stdout.write(`${line}\n`));
  if (code !== 0) process.exit(code);
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.status === 0 && probe.stdout.trim() === pinned) return ['pnpm', []];
  // npm exec caches the package, so only the first run downloads pnpm.
  return ['npm', ['exec', '--yes', `--package=pnpm@${pinned}`, '--', 'pnpm']];
}

function installIsCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  return existsSync(marker) && existsSync(lock) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

const [cmd, prefix] = pnpmCommand();
if (!installIsCurrent()) {
  await install(cmd, [...prefix, 'install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}
run(cmd, [...prefix, 'run', task, ...rest]);
