import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endProcessGroup, fileTempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace } from './pack-and-install.js';
import { publishedPackages } from './published-packages.js';
import {
  commitCopy,
  emptyBuildCache,
  fileHashes,
  releaseTo,
  runToEnd,
  sha256,
  shellEnv,
  storedTarball,
  type Finished,
} from './release-run.js';
import { startVerdaccio, type Registry } from './verdaccio.js';

// The release as a maintainer runs it, to a real registry (verdaccio on loopback, with the public
// registry as uplink for third-party packages), and the result as users install it from there.
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Removes every installed keytar below `dir`, as an install whose native build failed has none. */
function removeKeytar(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry === 'keytar' || entry.endsWith('/node_modules/keytar')) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}
const packages = publishedPackages(root);
const version = (name: string) => packages.find((pkg) => pkg.name === name)?.version ?? '';
const projectNpmrc = readFileSync(join(root, '.npmrc'), 'utf8');
const MINUTE = 60_000;

const work = fileTempDir('pinkit-registry-');
const copy = join(work, 'clone');
const npmCache = join(work, 'npm-cache');
let registry: Registry;
let firstRelease: Finished;
const httpTarballs: string[] = [];

/** npm as a user runs it: this registry, a cache of its own (our versions must not come from an earlier run's cache). */
const npm = (cwd: string, args: string[]) =>
  runToEnd('npm', [...args, `--registry=${registry.url}`, `--cache=${npmCache}`, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: shellEnv(),
    timeoutMs: 5 * MINUTE,
  });

async function release(run: number): Promise<Finished> {
  registry = await startVerdaccio(join(work, `registry-${run}`));
  const published = await releaseTo(copy, registry, projectNpmrc);
  expect(published.code, published.output).toBe(0);
  for (const pkg of packages) expect(published.output, pkg.name).toContain(`${pkg.name}@${pkg.version}`);
  httpTarballs.push(storedTarball(join(work, `registry-${run}`, 'storage'), '@pinkit/http', version('@pinkit/http')));
  return published;
}

beforeAll(async () => {
  copyWorkspace(root, copy);
  commitCopy(copy);
  // From a fresh clone: `npm run release` installs the workspace (building keytar when it can), builds and publishes.
  firstRelease = await release(1);
}, 20 * MINUTE);

// Before fileTempDir's own removal (hooks run in reverse): the copy and its node_modules take a while to remove.
afterAll(async () => {
  await registry?.stop();
  rmSync(copy, { recursive: true, force: true, maxRetries: 5 });
}, 10 * MINUTE);

describe('a fresh clone', () => {
  it('installs without npm config warnings or a node-gyp log: at most one line about the keychain', () => {
    const { output } = firstRelease;
    expect(output).not.toMatch(/Unknown (project|user|env) config/);
    expect(output).not.toMatch(/gyp (info|ERR!)|node-gyp rebuild/);
    const keychainLines = output.split('\n').filter((line) => /keytar|keychain/i.test(line));
    expect(keychainLines.length).toBeLessThanOrEqual(1);
    if (keychainLines.length === 1) expect(keychainLines[0]).toMatch(/^The OS keychain is off: keytar could not be built because .+; /);
  });
});

// Each test installs from the registry or starts programs: minutes on a busy machine.
describe('what `pnpm release` published, installed from the registry', { timeout: 5 * MINUTE }, () => {
  let sim: { env: Record<string, string>; stop(): void };
  const prefix = join(work, 'global');
  const pinkit = join(prefix, 'bin', 'pinkit');
  // Tokens and the CLI's code cache in the test's folder, not the developer's home.
  const global = { ...shellEnv(), PINTEREST_OAUTH_TOKEN_DIR: join(work, 'tokens'), XDG_CACHE_HOME: join(work, 'cache') };

  beforeAll(async () => {
    // keytar is left out as a user without a C++ toolchain gets it: the keychain advice is then for this install.
    const installed = await npm(work, ['install', '--global', `--prefix=${prefix}`, '--omit=optional', '@pinkit/cli']);
    expect(installed.code, installed.output).toBe(0);
    // npm installs optional dependencies into a global prefix even with --omit=optional, and keytar
    // builds where libsecret's headers are (as on CI): take it out, as a failed build leaves it.
    removeKeytar(join(prefix, 'lib', 'node_modules'));
    const child = spawn(pinkit, ['sim', '--boards', '2', '--pins-per-board', '3'], {
      env: global,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const env = await new Promise<Record<string, string>>((resolve, reject) => {
      let out = '';
      child.on('exit', (code) => reject(new Error(`pinkit sim exited (${code}) before printing its variables: ${out}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (!/^export V3_TARGET_ACCESS_TOKEN=/m.test(out)) return;
        resolve(Object.fromEntries([...out.matchAll(/^export (\w+)='([^']*)'$/gm)].map((match) => [match[1]!, match[2]!])));
      });
    });
    sim = { env, stop: () => endProcessGroup(child.pid, 'SIGTERM') };
  }, 10 * MINUTE);

  afterAll(() => sim?.stop());

  it('runs the globally installed pinkit against the simulator it started', async () => {
    const version = await runToEnd(pinkit, ['--version'], { cwd: work, env: global, timeoutMs: MINUTE });
    expect(version.output.trim()).toBe(packages.find((pkg) => pkg.name === '@pinkit/cli')?.version);
    const boards = await runToEnd(pinkit, ['get-user-boards', '--json'], { cwd: work, env: { ...global, ...sim.env }, timeoutMs: MINUTE });
    expect(boards.code, boards.output).toBe(0);
    expect(boards.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('lists the environment token in auth status and gives the keychain advice for a global npm install', async () => {
    const status = await runToEnd(pinkit, ['auth', 'status'], { cwd: work, env: { ...global, ...sim.env }, timeoutMs: MINUTE });
    expect(status.code, status.output).toBe(0);
    expect(status.output).toMatch(/^access_token {2}\[env ACCESS_TOKEN\] {2}user pinkit_demo {2}valid$/m);
    expect(status.output).toContain('npm i -g keytar');
    expect(status.output).not.toContain(sim.env.ACCESS_TOKEN);
  });

  it.each([
    ['an ES module', 'index.mjs', `import { createV5Client } from '@pinkit/api-v5';`],
    ['CommonJS', 'index.cjs', `const { createV5Client } = require('@pinkit/api-v5');`],
  ])('installs @pinkit/api-v5 into a project and lists the boards from %s', async (_kind, file, load) => {
    const project = join(work, file.replace('.', '-'));
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
    const installed = await npm(project, ['install', `@pinkit/api-v5@${version('@pinkit/api-v5')}`]);
    expect(installed.code, installed.output).toBe(0);
    const program = `${load}
const client = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN });
(async () => { for await (const board of client.boards.list()) console.log(board.name); })();
`;
    writeFileSync(join(project, file), program);
    const ran = await runToEnd(process.execPath, [file], { cwd: project, env: { ...shellEnv(), ...sim.env }, timeoutMs: MINUTE });
    expect(ran.code, ran.output).toBe(0);
    expect(ran.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('gives the keychain advice for a project install of the CLI', async () => {
    const project = join(work, 'local-cli');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
    const installed = await npm(project, ['install', '--omit=optional', `@pinkit/cli@${version('@pinkit/cli')}`]);
    expect(installed.code, installed.output).toBe(0);
    const status = await runToEnd(join(project, 'node_modules', '.bin', 'pinkit'), ['auth', 'status'], {
      cwd: project,
      env: { ...global, ...sim.env },
      timeoutMs: MINUTE,
    });
    expect(status.code, status.output).toBe(0);
    expect(status.output).toContain('(npm install keytar)');
    expect(status.output).not.toContain('npm i -g');
  });
});

describe('the release, repeated', () => {
  it(
    'publishes the same @pinkit/http, file for file, from an empty build cache three times',
    async () => {
      for (const run of [2, 3]) {
        await registry.stop();
        emptyBuildCache(copy);
        await release(run);
      }
      const [first, ...others] = httpTarballs.map(fileHashes);
      expect(Object.keys(first ?? {})).toContain('package/dist/index.js');
      for (const other of others) expect(other).toEqual(first);
      // Byte for byte too, when the packer is deterministic (pnpm sets fixed times and modes).
      expect(new Set(httpTarballs.map(sha256)).size).toBe(1);
    },
    20 * MINUTE,
  );
});
