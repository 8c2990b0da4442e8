// Runs before `pnpm pack` and `pnpm publish` in a package folder: builds the package and the
// workspace packages it depends on, from a clean dist, so a tarball never ships stale files or,
// from a fresh clone, no code at all.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('dist', { recursive: true, force: true });
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const result = spawnSync(turbo, ['run', 'build', `--filter=${name}...`, '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
