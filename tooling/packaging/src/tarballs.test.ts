import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileTempDir, tempDir } from '@pinkit/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, runExample, startInstalledSim } from './installed-examples.js';
import { installTarballs, packFromCleanCopy, pnpm } from './pack-and-install.js';
import { publishedPackages } from './published-packages.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packages = publishedPackages(root);
const libraries = packages.filter((pkg) => Object.keys(pkg.bin).length === 0);
const cli = packages.find((pkg) => pkg.name === '@pinkit/cli');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

// A user's project: strict TypeScript with every optional check on, reading what users reach for
// first (a client from environment values, the media of a pin, the errors, paging).
const CONSUMER_TS = `
import { ApiError, createV5Client, type Listing, type Pin } from '@pinkit/api-v5';
import { parseScopes } from '@pinkit/oauth';

export function firstImage(pin: Pin): string | undefined {
  const media = pin.media;
  if (media?.media_type !== 'image') return undefined;
  return Object.values(media.images ?? {})[0]?.url;
}

export async function titles(): Promise<string[]> {
  const client = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.PINTEREST_ACCESS_TOKEN ?? '' });
  const pins: Listing<Pin> = client.boards.listPins('1');
  const out: string[] = [];
  try {
    for await (const pin of pins) out.push(pin.title ?? firstImage(pin) ?? pin.id ?? '');
  } catch (error) {
    if (error instanceof ApiError) out.push(String(error.status));
    else throw error;
  }
  return out.concat(parseScopes('read_users', 5));
}
`;

function tsconfig(module: 'nodenext' | 'bundler'): object {
  return {
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      target: 'es2022',
      ...(module === 'nodenext' ? { module: 'nodenext', moduleResolution: 'nodenext' } : { module: 'esnext', moduleResolution: 'bundler' }),
    },
    files: ['index.ts'],
  };
}

// Each test starts Node, tsc or tsx on packages outside the workspace: slow on a busy machine.
describe('the packages as a user installs them', { timeout: 180_000 }, () => {
  const work = fileTempDir('pinkit-pack-');
  const project = join(work, 'consumer');
  let tarballs = new Map<string, string>();

  beforeAll(() => {
    tarballs = packFromCleanCopy(root, join(work, 'clone'), packages, join(work, 'tarballs'));
    installTarballs(root, project, tarballs, { '@types/node': rootManifest.devDependencies['@types/node'] ?? '*' });
  }, 1_200_000);

  const listing = (name: string) =>
    execFileSync('tar', ['-tzf', tarballs.get(name) ?? ''], { encoding: 'utf8' })
      .trim()
      .split('\n');
  const packedManifest = (name: string) =>
    JSON.parse(execFileSync('tar', ['-xzOf', tarballs.get(name) ?? '', 'package/package.json'], { encoding: 'utf8' })) as Record<
      string,
      unknown
    >;

  it('packs the LICENSE, README, CHANGELOG and built code of each package, and no tests, sources or maps', () => {
    for (const pkg of packages) {
      const files = listing(pkg.name);
      expect(files, pkg.name).toEqual(
        expect.arrayContaining([
          'package/LICENSE',
          'package/README.md',
          'package/CHANGELOG.md',
          'package/package.json',
          'package/dist/index.d.ts',
        ]),
      );
      expect(files.filter((file) => /^package\/dist\/.*\.js$/.test(file)).length, pkg.name).toBeGreaterThan(0);
      expect(
        files.filter((file) => /\.test\.|test-support|\.map$|^package\/(src|build)\//.test(file)),
        pkg.name,
      ).toEqual([]);
    }
  });

  it('ships a bundled package as its bundle and declarations only, with no unbundled module beside it', () => {
    const javascript = (name: string) => listing(name).filter((file) => file.endsWith('.js'));
    expect(javascript('@pinkit/http')).toEqual(['package/dist/index.js']);
    // The CLI's bundle may be split into chunks; tsc's own modules (main.js and what it imports) never ship.
    // The binary's entry and the one-script CLI it runs with V8's code cache ship too.
    expect(javascript('@pinkit/cli')).toEqual(expect.arrayContaining(['package/dist/pinkit.js']));
    expect(listing('@pinkit/cli')).toEqual(
      expect.arrayContaining(['package/bin/pinkit.cjs', 'package/dist/start.cjs', 'package/dist/pinkit.cjs']),
    );
    expect(javascript('@pinkit/cli').filter((file) => /^package\/dist\/(main|index|command-list)\.js$/.test(file))).toEqual([]);
  });

  it('publishes manifests without build or test scripts and without devDependencies', () => {
    for (const pkg of packages) {
      const manifest = packedManifest(pkg.name);
      expect([manifest['scripts'], manifest['devDependencies']], pkg.name).toEqual([undefined, undefined]);
      expect(JSON.stringify(manifest), pkg.name).not.toMatch(/test-support|workspace:/);
    }
  });

  it('refuses to pack, in one line, a package whose bundle was replaced by unbundled modules', () => {
    const http = join(work, 'clone', 'packages', 'http');
    cpSync(join(http, 'build'), join(http, 'dist'), { recursive: true });
    let failure: { status: number; stderr: string } | undefined;
    try {
      pnpm(['pack', '--pack-destination', join(work, 'refused')], { cwd: http });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).not.toBe(0);
    const line = failure?.stderr.split('\n').find((text) => text.startsWith('prepack @pinkit/http: cannot pack:'));
    expect(line).toMatch(/dist\/send-request\.js imports "ofetch", a devDependency/);
    expect(line).toMatch(/unbundled files no entry reaches: .*dist\/fetch-like\.js/);
    expect(line).toContain('Run "pnpm build" at the workspace root first');
  });

  // The simulator reads the description it was derived from at run time (description/*.json).
  it("packs the simulator's derived description", () => {
    const files = execFileSync('tar', ['-tzf', tarballs.get('@pinkit/sim') ?? ''], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(files).toEqual(expect.arrayContaining(['package/description/requests.json', 'package/description/responses.json']));
  });

  it('imports each library as an ES module and requires it from CommonJS, with the same exports', () => {
    for (const pkg of libraries) {
      const esm = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `console.log(Object.keys(await import('${pkg.name}')).sort().join())`],
        {
          cwd: project,
          encoding: 'utf8',
        },
      );
      const cjs = execFileSync(process.execPath, ['-e', `console.log(Object.keys(require('${pkg.name}')).sort().join())`], {
        cwd: project,
        encoding: 'utf8',
      });
      expect(esm.trim().length, pkg.name).toBeGreaterThan(0);
      expect(cjs.trim(), pkg.name).toBe(esm.trim());
    }
  });

  it.each(['nodenext', 'bundler'] as const)('type-checks a strict consumer under moduleResolution %s', (module) => {
    writeFileSync(join(project, 'index.ts'), CONSUMER_TS);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig(module)));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = () => execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });

  it("prints the CLI's own package version for pinkit --version", () => {
    const bin = join(project, 'node_modules', '.bin', 'pinkit');
    // Its code cache goes to the test's own folder, not the developer's ~/.cache.
    const env = { ...process.env, XDG_CACHE_HOME: tempDir('pinkit-xdg-cache-') };
    expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8', env }).trim()).toBe(cli?.version);
  });

  describe('the examples, copied into that project as their README says', () => {
    const run = async (file: string, args: string[], extra: Record<string, string>) => {
      const sim = await startInstalledSim(project, { boards: 3, pinsPerBoard: 4 });
      try {
        // tsx keeps IPC sockets in TMPDIR; a folder per run goes away with the test.
        const env = { ...process.env, ...sim.env(), TMPDIR: tempDir('pinkit-tsx-'), ...extra };
        return { sim, ...(await runExample(root, join(project, 'examples', file), args, env)) };
      } finally {
        await sim.stop();
      }
    };

    beforeAll(() => copyExamples(root, join(project, 'examples')));

    it('get-user-boards and v3-get-user-boards list the boards', async () => {
      expect((await run('get-user-boards.ts', [], {})).stdout.trim().split('\n')).toHaveLength(3);
      expect((await run('v3-get-user-boards.ts', [], {})).stdout).toMatch(/^User pinkit_demo \(id \d+\), 8 pins$/m);
    });

    it('get-pin reports an API error through the ApiError of @pinkit/api-v5', async () => {
      const failure = await run('get-pin.ts', ['999999999'], {}).catch((error: { code: number; stderr: string }) => error);
      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toMatch(/^HTTP 404: .* \(request id \S+\)$/m);
    });

    it('refresh-example, copied alone, refreshes the stored token and reads the account with the new one', async () => {
      const tokens = tempDir('pinkit-tokens-');
      const sim = await startInstalledSim(project, { boards: 1, pinsPerBoard: 1 });
      const user = sim.users[0]!;
      writeFileSync(
        join(tokens, 'access_token.json'),
        JSON.stringify({ name: 'access_token', access_token: user.accessToken, refresh_token: user.refreshToken }),
        { mode: 0o600 },
      );
      // Into the project's own folder, beside its node_modules and away from the other examples.
      const copy = join(project, 'refresh-alone.ts');
      cpSync(join(root, 'apps', 'examples', 'src', 'refresh-example.ts'), copy);
      try {
        const env = { ...process.env, ...sim.env(), ACCESS_TOKEN: '', PINTEREST_OAUTH_TOKEN_DIR: tokens, TMPDIR: tempDir('pinkit-tsx-') };
        const { stdout } = await runExample(root, copy, [], env);
        expect(stdout).toMatch(/^refreshed: access [0-9a-f]{12} {2}refresh [0-9a-f]{12}$/m);
        expect(stdout).toContain(`The new access token reads the account of ${user.username}.`);
      } finally {
        await sim.stop();
      }
    });
  });
});
