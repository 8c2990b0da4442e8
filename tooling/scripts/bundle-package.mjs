// Bundles a package's tsc output (JavaScript in build/, see its tsconfig.build.json) into
// dist/index.js, the one JavaScript file the package ships beside tsc's declarations. Run from the
// package's folder. For packages every command loads: one module starts faster than the several it
// is written as. Sibling packages stay imports (bundled, their error classes would be copies that
// `instanceof` tells apart), and so do the names given as arguments (`keytar`, loaded at run time).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// esbuild as the package being built depends on it, not as this folder would find it.
const { build } = await import(pathToFileURL(createRequire(join(process.cwd(), 'package.json')).resolve('esbuild')).href);

await build({
  entryPoints: ['build/index.js'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@pinkit/*', ...process.argv.slice(2)],
  logLevel: 'warning',
});
