// One vitest setup for the whole workspace: every package and app is a project, so
// `pnpm test` runs them all in one process pool while each keeps its own root.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Paths from this file, so that a package's own `pnpm test` (which finds this config from its
// folder and picks its project with --project) sees the same projects.
const workspace = dirname(fileURLToPath(import.meta.url));
const roots = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(workspace, group))
    ? readdirSync(join(workspace, group))
        .map((name) => join(workspace, group, name))
        .filter((dir) => existsSync(join(dir, 'package.json')))
    : [],
);

export default defineConfig({
  test: {
    projects: roots.map((root) => ({
      extends: true,
      test: {
        name: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name as string,
        root,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      },
    })),
    reporters: ['default', join(workspace, 'tooling/vitest/summary-reporter.ts')],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
