// `pnpm release`: builds every package once, from scratch, then publishes the ones whose version
// is not on the registry yet (`changeset publish`, after `pnpm version-packages`). The packs then
// only read dist/ (prepack checks it, builds nothing), so concurrent packs cannot race a build.
// changesets reads the registry from npm_config_registry alone and otherwise publishes to
// registry.npmjs.org, so the registry pnpm is configured with (.npmrc) is passed on explicitly.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(
      `release: "${[command, ...args].join(' ')}" failed (exit ${result.status ?? result.signal}); nothing more was published.\n`,
    );
    process.exit(result.status ?? 1);
  }
  return result;
}

// --force: a release builds from the sources, never from a cache entry an older build left.
run(bin('turbo'), ['run', 'build', '--force', '--output-logs=errors-only', '--filter=./packages/*', '--filter=./apps/*']);
const registry =
  process.env.npm_config_registry ||
  run('pnpm', ['config', 'get', 'registry'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).stdout.trim();
process.stdout.write(`release: publishing to ${registry}\n`);
run(bin('changeset'), ['publish', ...process.argv.slice(2)], { env: { ...process.env, npm_config_registry: registry } });
