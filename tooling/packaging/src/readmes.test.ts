import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from './published-packages.js';

// The README is the page a user reads on the registry, outside this repository: it must not
// send them to workspace commands or source paths they do not have, and must say how to install.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const packages = publishedPackages(root);
const existing = new Set(packages.map((pkg) => pkg.name));
const readme = (dir: string) => readFileSync(join(root, dir, 'README.md'), 'utf8');

/** What works only inside the monorepo, and contributor sections that belong in CONTRIBUTING.md. */
const MONOREPO_ONLY: Array<[RegExp, string]> = [
  [/pnpm --filter/, 'a workspace command'],
  [/workspace:/, 'a workspace protocol dependency'],
  [/(^|[\s`'"(/])(src|scripts)\//m, 'a path into the sources'],
  [/^#+ .*(Layout|Inside|Adding an endpoint|Developing)/m, 'a contributor section'],
];

describe('package READMEs, as a user reads them on the registry', () => {
  it('covers every published package', () => {
    expect(packages.map((pkg) => pkg.dir).sort()).toEqual(
      ['apps/cli', ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`)].sort(),
    );
  });

  describe.each(packages)('$name', ({ dir, name }) => {
    const text = readme(dir);

    it('says how to install it, and which module systems and Node versions it serves', () => {
      expect(text).toMatch(new RegExp(`npm install (-g |--save-dev )?${name.replace('/', '\\/')}\\b`));
      expect(text).toContain('ESM and CommonJS, Node >= 20.19');
    });

    it.each(MONOREPO_ONLY)('holds nothing that works only in the monorepo: %s (%s)', (pattern) => {
      expect(text.split('\n').filter((line) => pattern.test(line))).toEqual([]);
    });

    it('names only packages that exist', () => {
      const named = new Set(text.match(/@pinkit\/[a-z0-9-]+/g) ?? []);
      expect([...named].filter((other) => !existing.has(other))).toEqual([]);
    });

    it('ships no CONTRIBUTING.md: contributor notes stay in the repository', () => {
      const files = (JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { files: string[] }).files;
      expect(files.filter((entry) => /contributing/i.test(entry))).toEqual([]);
    });
  });

  it("the CLI's README names every command `pinkit --help` lists, and every exit code", () => {
    const overview = execFileSync(process.execPath, [join(root, 'apps/cli/bin/pinkit.cjs'), '--help'], { encoding: 'utf8' });
    const commands = [...overview.matchAll(/^ {2}([a-z][a-z-]*(?: [a-z-]+)?) {2,}/gm)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThan(20);
    const text = readme('apps/cli');
    expect(commands.filter((command) => !text.includes(`pinkit ${command}`))).toEqual([]);
    for (const code of [0, 1, 2, 4, 130]) expect(text).toContain(`- **${code}**: `);
  });
});
