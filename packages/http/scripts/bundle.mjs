// Bundles tsc's output (JavaScript in build/, see tsconfig.build.json) with ofetch's core into
// dist/index.js, the one JavaScript file the package ships beside tsc's declarations. Reading
// and writing different folders keeps the build idempotent: a second run bundles the same
// input, never its own output. `ofetch` resolves to its `createFetch`
// core alone: its entry modules read `globalThis.Headers` at load (which makes Node load undici,
// ~28 ms and ~12 MB) or import node-fetch-native, and the client passes its own fetch, Headers
// and AbortController, so neither is needed. ofetch, destr and ufo are MIT; their notice goes in
// the banner.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const ofetchDir = dirname(require.resolve('ofetch/package.json'));
const ofetchRequire = createRequire(join(ofetchDir, 'package.json'));
const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

/** The shared chunk that `dist/index.mjs` re-exports `createFetch` and `FetchError` from, and their names in it. */
function ofetchCore() {
  const entry = readFileSync(join(ofetchDir, 'dist', 'index.mjs'), 'utf8');
  const create = /^import \{ (\w+) as createFetch \} from '(\.\/shared\/ofetch\.[\w-]+\.mjs)';$/m.exec(entry);
  const error = /^export \{ (\w+) as FetchError\b[^}]*\} from '(\.\/shared\/ofetch\.[\w-]+\.mjs)';$/m.exec(entry);
  if (!create || !error || create[2] !== error[2]) {
    throw new Error(
      `ofetch ${version(ofetchDir)}: dist/index.mjs no longer imports createFetch and FetchError from one shared chunk; ` +
        'update scripts/bundle.mjs.',
    );
  }
  return { file: join(ofetchDir, 'dist', create[2]), createFetch: create[1], FetchError: error[1] };
}

const ofetchCorePlugin = {
  name: 'ofetch-core',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^ofetch$/ }, () => ({ path: 'ofetch', namespace: 'ofetch-core' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'ofetch-core' }, () => {
      const core = ofetchCore();
      const contents = `export { ${core.createFetch} as createFetch, ${core.FetchError} as FetchError } from ${JSON.stringify(core.file)};`;
      return { contents, resolveDir: ofetchDir, loader: 'js' };
    });
  },
};

/** The folder of ofetch's dependency `name` (destr and ufo do not export their package.json). */
function packageDir(name) {
  let dir = dirname(ofetchRequire.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name)
    dir = dirname(dir);
  return dir;
}
const bundled = [
  ['ofetch', ofetchDir],
  ['destr', packageDir('destr')],
  ['ufo', packageDir('ufo')],
];
const license = readFileSync(join(ofetchDir, 'LICENSE'), 'utf8').replaceAll('*/', '* /').trim();
const bundledNames = bundled.map(([name, dir]) => `${name} ${version(dir)}`).join(', ');
const notice = `/*! Bundled: ${bundledNames} (github.com/unjs), each under:\n\n${license}\n*/`;

await build({
  entryPoints: ['build/index.js'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Sibling packages stay imports: bundled, their error classes would be copies that `instanceof` tells apart.
  external: ['@pinkit/*'],
  plugins: [ofetchCorePlugin],
  banner: { js: notice },
  logLevel: 'warning',
});
