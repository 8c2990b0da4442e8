// Bundles tsc's output (JavaScript in build/, see tsconfig.build.json) into dist/index.js, the one
// JavaScript file the package ships beside tsc's declarations: every command that needs a token
// loads this package, and one module starts faster than the fifteen it is written as. keytar stays
// a run-time import (an optional native dependency, found beside this package when installed).
import { build } from 'esbuild';

await build({
  entryPoints: ['build/index.js'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['keytar', '@pinkit/*'],
  logLevel: 'warning',
});
