// One vitest setup for the whole workspace: every package and app is a project, so
// `pnpm test` runs them all in one process pool while each keeps its own root.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Paths from this file, so that a package's own `pnpm test` (which finds this config from its
// folder and picks its project with --project) sees the same projects.
const workspace = dirname(fileURLToPath(import.meta.url));
const roots = ['packages', 'apps', 'tooling'].flatMap((group) =>
  existsSync(join(workspace, group))
    ? readdirSync(join(workspace, group))
        .map((name) => join(workspace, group, name))
        .filter((dir) => existsSync(join(dir, 'package.json')) && (existsSync(join(dir, 'src')) || existsSync(join(dir, 'test'))))
    : [],
);

const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    // Projects do not extend this config: they would each run the global setup again.
    projects: roots.map((root) => ({
      test: {
        name: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name as string,
        root,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        ...timeouts,
      },
    })),
    // Once per run: its own TMPDIR (checked for leftovers at the end) and the capability probes.
    globalSetup: [join(workspace, 'tooling/vitest/global-setup.ts')],
    reporters: ['default', join(workspace, 'tooling/vitest/summary-reporter.ts')],
    ...timeouts,
  },
});
