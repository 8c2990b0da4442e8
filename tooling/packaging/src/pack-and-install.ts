import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PublishedPackage } from './published-packages.js';

// pnpm as the test run was started with it (`pnpm test` sets npm_execpath), else from PATH.
export function pnpm(args: string[], options: ExecFileSyncOptions): string {
  const execPath = process.env['npm_execpath'];
  const [command, prefix] = execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['pnpm', []];
  return execFileSync(command, [...prefix, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }) as string;
}

/**
 * Copies the workspace as a fresh clone would have it (tracked files plus new, unignored ones:
 * no node_modules, no dist, no build cache) to `into`.
 */
export function copyWorkspace(root: string, into: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '');
  for (const file of files) {
    mkdirSync(join(into, dirname(file)), { recursive: true });
    // Deleted but not yet staged files are still listed; the copy just lacks them.
    try {
      cpSync(join(root, file), join(into, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Copies the workspace (copyWorkspace), installs it from the pnpm store, builds it once as
 * `pnpm release` does, and packs every published package there (prepack only checks the build).
 */
export function packFromCleanCopy(
  root: string,
  into: string,
  packages: readonly PublishedPackage[],
  tarballs: string,
): Map<string, string> {
  copyWorkspace(root, into);
  const storeDir = pnpm(['store', 'path'], { cwd: root }).trim();
  // No install scripts: keytar's native build is not what is under test, and the file store works without it.
  pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--ignore-scripts', `--store-dir=${storeDir}`], { cwd: into });
  pnpm(['run', 'build'], { cwd: into });
  mkdirSync(tarballs, { recursive: true });
  const byName = new Map<string, string>();
  for (const pkg of packages) {
    const before = new Set(readdirSync(tarballs));
    pnpm(['pack', '--pack-destination', tarballs], { cwd: join(into, pkg.dir) });
    const made = readdirSync(tarballs).filter((file) => !before.has(file));
    if (made.length !== 1 || made[0] === undefined) throw new Error(`pnpm pack in ${pkg.dir} made ${made.length} tarballs`);
    byName.set(pkg.name, join(tarballs, made[0]));
  }
  return byName;
}

/**
 * A new project outside any workspace that depends on every tarball, as a user installs them:
 * the packages' dependencies on each other point at the tarballs too (they are not published).
 */
export function installTarballs(root: string, project: string, tarballs: Map<string, string>, extra: Record<string, string>): void {
  const fromTarballs = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'pinkit-consumer',
        private: true,
        type: 'module',
        dependencies: { ...fromTarballs, ...extra },
        pnpm: { overrides: fromTarballs },
      },
      null,
      2,
    ),
  );
  const storeDir = pnpm(['store', 'path'], { cwd: root }).trim();
  pnpm(['install', '--prefer-offline', '--ignore-scripts', `--store-dir=${storeDir}`], { cwd: project });
}
