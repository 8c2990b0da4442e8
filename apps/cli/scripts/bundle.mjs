// Bundles the CLI's own code with clipanion, typanion and the workspace packages its commands call,
// split so that a run reads only what its command needs: dist/pinkit.js (the entry: the command
// lookup and `pinkit --help`, no parser) and one chunk per command plus the chunks they share, in
// dist/chunks/. Reading a few chunks instead of dozens of modules is most of what `pinkit get-pin`
// costs beyond the request itself (the API client alone is some 35 modules). It reads tsc's
// JavaScript from build/ and writes dist/, so rebuilding never bundles its own output and the
// tarball ships the bundle, its chunks and the declarations only.
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

// clipanion and typanion ship ES modules (.mjs) beside the CommonJS their `main` names. Bundled
// from those, esbuild keeps only what the CLI uses: the start-up chunk shrinks by a third.
const require = createRequire(import.meta.url);
const clipanionDir = dirname(require.resolve('clipanion/package.json'));
const typanionDir = dirname(createRequire(join(clipanionDir, 'package.json')).resolve('typanion/package.json'));
const tokenStoreDir = dirname(require.resolve('@pinkit/token-store/package.json'));
const esmEntries = {
  name: 'esm-entries',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^clipanion$/ }, () => ({ path: join(clipanionDir, 'lib', 'advanced', 'index.mjs') }));
    pluginBuild.onResolve({ filter: /^typanion$/ }, () => ({ path: join(typanionDir, 'lib', 'index.mjs') }));
    // Cli.mjs imports its platform folder, whose package.json names the CommonJS file.
    // token-store's environment entry is plain functions: bundled, unlike the package's stores
    // (external, as they find keytar beside them).
    pluginBuild.onResolve({ filter: /^@pinkit\/token-store\/env$/ }, () => ({ path: join(tokenStoreDir, 'dist', 'env.js') }));
    pluginBuild.onResolve({ filter: /^\.\.\/platform$/ }, ({ importer }) =>
      importer.startsWith(clipanionDir) ? { path: join(clipanionDir, 'lib', 'platform', 'node.mjs') } : undefined,
    );
  },
};

// One chunk for what the API commands share. Left to itself, esbuild cuts the code the commands
// share into a chunk per set of commands sharing it: `pinkit get-pin` read 25 files, and each file
// costs a start-up more than its size does (some 1.5 ms). With every dynamically loaded module also
// exporting this core (below), esbuild sees the core's modules reached from the same entries and puts
// them in one chunk: get-pin reads 16 files, one of them the core. `pinkit --help` still reads none of it.
const CORE = [
  'clipanion',
  './build/base/api-command.js',
  './build/output/output.js',
  './build/output/summaries.js',
  '@pinkit/account',
  '@pinkit/account/scopes',
  '@pinkit/api-v5',
];
// The v5 account opener, which @pinkit/account loads when an account is opened (v5 is the default).
const accountDir = dirname(require.resolve('@pinkit/account/package.json'));
CORE.push(join(accountDir, 'dist', 'v5', 'open-v5-account.js'));

const sharedCore = {
  name: 'shared-core',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^pinkit:core$/ }, () => ({ path: 'core', namespace: 'pinkit-core' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'pinkit-core' }, () => ({
      contents: CORE.map((specifier, index) => `export * as m${index} from ${JSON.stringify(specifier)};`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
    // Every module loaded by a dynamic import (a command, the parser, an account's adapter) is
    // loaded through an entry that also exports the core. None of them is imported for a default
    // export, which `export *` would not pass on.
    pluginBuild.onResolve({ filter: /.*/ }, async ({ path, importer, kind, resolveDir, pluginData }) => {
      if (kind !== 'dynamic-import' || pluginData?.inner) return undefined;
      const target = await pluginBuild.resolve(path, { importer, kind, resolveDir, pluginData: { inner: true } });
      if (target.errors.length > 0 || target.external || target.namespace !== 'file') return undefined;
      return { path: target.path, namespace: 'pinkit-entry' };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'pinkit-entry' }, ({ path }) => ({
      contents: `export * from ${JSON.stringify(path)};\nexport * as __core from 'pinkit:core';`,
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { pinkit: 'build/main.js' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  // Left to be resolved at run time: token-store imports the native keytar by name (found beside
  // token-store, not here), oauth opens the browser through `open`, and the simulator serves only
  // `pinkit sim` and `pinkit demo`, and the MCP server (with the SDK's own dependencies) only
  // `pinkit mcp`, and jq-web (which reads its jq.wasm beside itself) only `pinkit api --jq`. Each is
  // imported where it is used.
  external: ['@pinkit/token-store', '@pinkit/oauth', '@pinkit/sim', '@pinkit/mcp', 'jq-web'],
  // clipanion's platform module calls `require('async_hooks')` when it captures output; an ES module needs one made for it.
  banner: { js: "import { createRequire as __pinkitRequire } from 'node:module'; const require = __pinkitRequire(import.meta.url);" },
  plugins: [esmEntries, sharedCore],
  logLevel: 'warning',
});

// The same CLI as one CommonJS file, dist/pinkit.cjs, for the `pinkit` binary: dist/start.cjs runs
// it as a vm.Script with V8's code cache (src/start/start.ts), which ES modules cannot use on
// Node 20. Such a script has no module loader for import(), so each import() in it is renamed to
// the loader function start.cjs passes in; the build stops if one was missed.
const commonJs = {
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  define: { 'import.meta.url': '__pinkitUrl' },
  banner: { js: 'const __pinkitUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
};
const cjs = await build({
  ...commonJs,
  entryPoints: { pinkit: 'build/main.js' },
  external: ['@pinkit/token-store', '@pinkit/oauth', '@pinkit/sim', '@pinkit/mcp', 'jq-web'],
  // ASCII (esbuild's default, pinned): start.cjs reads the bundle as latin1, which is faster than UTF-8.
  charset: 'ascii',
  plugins: [esmEntries],
  metafile: true,
  write: false,
});
const [script] = cjs.outputFiles;
const dynamic = new Set(
  Object.values(cjs.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((record) => record.kind === 'dynamic-import')
    .map((record) => record.path),
);
const renamed = script.text.replace(/\bimport\("([^"]+)"\)/g, (call, specifier) => {
  if (!dynamic.has(specifier)) throw new Error(`bundle: ${call} in dist/pinkit.cjs is not one of its dynamic imports`);
  return `__pinkitImport(${JSON.stringify(specifier)})`;
});
if (/\bimport\s*\(/.test(renamed)) throw new Error('bundle: dist/pinkit.cjs still calls import() after renaming');
writeFileSync(script.path, renamed);

// The binary's entry, CommonJS like the bundle it runs (bin/pinkit.cjs requires it).
await build({ ...commonJs, entryPoints: { start: 'build/start/start.js' } });
