import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from './verdaccio.js';

/**
 * The environment of a maintainer's or user's shell: what `pnpm test` or `npm run` put in ours
 * (npm_config_registry among them, which would win over the project's .npmrc) is left out.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|INIT_CWD$|PNPM_SCRIPT_SRC_DIR$|TURBO_)/i.test(name)),
  );
  return { ...env, ...extra };
}

export interface Finished {
  code: number;
  stdout: string;
  /** stdout and stderr as they came. */
  output: string;
}

/** Runs a command to its end (at most `timeoutMs`), stdout and stderr together, without throwing on failure. */
export function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, output });
    });
  });
}

/** Makes the copy a git repository of its own: changesets tags what it published. */
export function commitCopy(copy: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=release test', '-c', 'user.email=release-test@example.invalid', 'commit', '-qm', 'snapshot', '--no-verify');
}

/**
 * Points the copy's .npmrc at `registry` (as a maintainer configures it) and runs `npm run release`
 * there: in a fresh copy that installs the workspace first, as on a new clone.
 */
export async function releaseTo(copy: string, registry: Registry, projectNpmrc: string): Promise<Finished> {
  writeFileSync(join(copy, '.npmrc'), `${projectNpmrc.trimEnd()}\nregistry=${registry.url}\n${registry.authLine}\n`);
  // Tags from an earlier run in the same copy would make `changeset publish` stop at tagging.
  const tags = execFileSync('git', ['tag', '--list'], { cwd: copy, encoding: 'utf8' }).split('\n').filter(Boolean);
  if (tags.length > 0) execFileSync('git', ['tag', '-d', ...tags], { cwd: copy, stdio: 'ignore' });
  return runToEnd('npm', ['run', 'release'], { cwd: copy, env: shellEnv(), timeoutMs: 900_000 });
}

/** Removes every build output and turbo's cache, so the next build starts from nothing. */
export function emptyBuildCache(copy: string): void {
  for (const group of ['packages', 'apps', 'tooling']) {
    for (const name of readdirSync(join(copy, group))) {
      for (const output of ['dist', 'build', '.turbo']) rmSync(join(copy, group, name, output), { recursive: true, force: true });
    }
  }
  for (const cache of ['.turbo', join('node_modules', '.cache')]) rmSync(join(copy, cache), { recursive: true, force: true });
}

/** The tarball verdaccio stored for `name@version`. */
export function storedTarball(storage: string, name: string, version: string): string {
  return join(storage, name, `${name.split('/').pop()}-${version}.tgz`);
}

/** Each file in a tarball with the SHA-256 of its content, in tar order. */
export function fileHashes(tarball: string): Record<string, string> {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  return Object.fromEntries(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(execFileSync('tar', ['-xzOf', tarball, file]))
        .digest('hex'),
    ]),
  );
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
