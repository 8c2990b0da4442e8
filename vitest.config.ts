// One vitest setup for the whole workspace: every package and app is a project, so
// `pnpm test` runs them all in one process pool while each keeps its own root.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const roots = ['packages', 'apps'].flatMap((group) =>
  existsSync(group)
    ? readdirSync(group)
        .map((name) => join(group, name))
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
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
