// Bundles a package's tsc output (JavaScript in build/, see its tsconfig.build.json) into one
// JavaScript file per entry its package.json exports (dist/index.js, and dist/env.js for
// `./env`), the only JavaScript the package ships beside tsc's declarations. Run from the
// package's folder. For packages every command loads: one module starts faster than the several it
// is written as. Sibling packages stay imports (bundled, their error classes would be copies that
// `instanceof` tells apart), and so do the names given as arguments (`keytar`, loaded at run time).
// A second entry gets copies of the modules it shares with the first: keep such entries to plain
// functions, whose copies cannot be told apart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// esbuild as the package being built depends on it, not as this folder would find it.
const { build } = await import(pathToFileURL(createRequire(join(process.cwd(), 'package.json')).resolve('esbuild')).href);

// The entries: each JavaScript file the exports map names in dist/, built from its tsc output.
const entries = new Set();
const walk = (target) => {
  if (typeof target === 'string') {
    if (/^\.\/dist\/.+\.js$/.test(target)) entries.add(target.replace(/^\.\/dist\//, 'build/'));
  } else if (target && typeof target === 'object') Object.values(target).forEach(walk);
};
walk(JSON.parse(readFileSync('package.json', 'utf8')).exports);

await build({
  entryPoints: [...entries],
  outdir: 'dist',
  outbase: 'build',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@pinkit/*', ...process.argv.slice(2)],
  logLevel: 'warning',
});
