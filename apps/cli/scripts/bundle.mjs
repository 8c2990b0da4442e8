// Bundles the CLI's own code with clipanion and typanion into one file, so that start-up reads
// one module instead of dozens (`pinkit --help` should cost about what bare Node costs). The
// @pinkit packages stay external: commands import them lazily, only when they run. It reads tsc's
// JavaScript from build/ and writes dist/, so rebuilding never bundles its own output and the
// tarball ships the bundle and declarations only.
import { build } from 'esbuild';

await build({
  entryPoints: ['build/main.js'],
  outfile: 'dist/pinkit.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  external: ['@pinkit/*'],
  // clipanion is CommonJS; inside an ES module bundle it needs a real `require`.
  banner: { js: "import { createRequire as __pinkitRequire } from 'node:module'; const require = __pinkitRequire(import.meta.url);" },
  logLevel: 'warning',
});
