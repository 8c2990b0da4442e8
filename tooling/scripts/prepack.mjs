// Runs before `pnpm pack` and `pnpm publish` in a package folder. It builds nothing and removes
// nothing: several packs run at once during a release, and a prepack that rebuilt shared packages
// once shipped a half-written @pinkit/http. It only checks that what the tarball will hold is
// whole and current, and stops the pack with one line saying what is wrong. `pnpm release`
// builds everything once before publishing; `pnpm build` does the same for a single pack.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const FIX = 'Run "pnpm build" at the workspace root first (the "pnpm release" script builds everything once, then publishes).';

/** Every file below `dir` (relative to it), or none when it does not exist. */
function filesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** The files the manifest points users at: exports targets, main, types and bins. */
function entryFiles(manifest) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.main);
  walk(manifest.types);
  walk(manifest.bin);
  return [...new Set(targets.map((target) => relative('.', target)))];
}

// Import specifiers in tsc's and esbuild's output (minified too): static, re-export and dynamic,
// and CommonJS's require() (the CLI's binary and bundle are CommonJS).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|\brequire\s*\(\s*)(["'])([^"'\s]+)\1/g;

function importsOf(file) {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => match[2]);
}

// Files a module finds beside itself (`new URL('./pinkit.cjs', import.meta.url)`, minified or
// bundled as CommonJS, where import.meta.url becomes a variable): the CLI's binary reads its
// bundle so, to run it with V8's code cache.
const BESIDE = /\bnew URL\(\s*(["'])(\.{1,2}\/[^"'\s]+)\1\s*,/g;

function filesBeside(file) {
  return [...readFileSync(file, 'utf8').matchAll(BESIDE)].map((match) => match[2]);
}

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Problems with the built files of the package in `dir`; empty when it can be packed. */
function packProblems(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const problems = [];
  const entries = entryFiles(manifest);
  const missing = entries.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) return [`${missing.join(', ')} missing`];

  const dist = filesIn(join(dir, 'dist')).map((file) => join('dist', file));
  for (const file of dist.filter((file) => file.endsWith('.d.ts'))) {
    if (statSync(join(dir, file)).size === 0) problems.push(`${file} is empty`);
  }

  // Stale: a source, script or build setting changed after the oldest built file was written.
  const inputs = [
    ...filesIn(join(dir, 'src')).map((file) => join('src', file)),
    ...filesIn(join(dir, 'scripts')).map((file) => join('scripts', file)),
  ]
    .concat(readdirSync(dir).filter((file) => /^tsconfig.*\.json$/.test(file)))
    .filter((file) => !/\.test\.ts$/.test(file));
  const newest = inputs.reduce((found, file) => Math.max(found, statSync(join(dir, file)).mtimeMs), 0);
  const oldestBuilt = dist.reduce((found, file) => Math.min(found, statSync(join(dir, file)).mtimeMs), Infinity);
  if (newest > oldestBuilt) problems.push('dist is older than the sources (stale)');

  // Every bare import of shipped code must be something a user's install provides.
  const provided = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...builtinModules,
  ]);
  const shipped = [...dist, ...entries].filter((file) => /\.[cm]?js$/.test(file));
  for (const file of new Set(shipped)) {
    for (const specifier of importsOf(join(dir, file))) {
      if (specifier.startsWith('.')) {
        const target = resolve(dir, dirname(file), specifier);
        if (!existsSync(target)) problems.push(`${file} imports "${specifier}", which is not built`);
        continue;
      }
      if (specifier.startsWith('node:') || provided.has(packageNameOf(specifier))) continue;
      const kind = manifest.devDependencies?.[packageNameOf(specifier)] ? 'a devDependency' : 'not a dependency';
      problems.push(`${file} imports "${specifier}", ${kind}: users would get ERR_MODULE_NOT_FOUND`);
    }
  }

  // Bundled: its build ends in a bundle step (its own scripts/bundle.mjs or tooling's bundle-package.mjs).
  if (/\bbundle(-package)?\.mjs\b/.test(manifest.scripts?.build ?? '')) {
    // A bundled package ships what its entries reach and nothing else: a leftover unbundled module is dead weight at best.
    const reached = new Set();
    const visit = (file) => {
      if (reached.has(file) || !existsSync(join(dir, file))) return;
      reached.add(file);
      for (const specifier of [...importsOf(join(dir, file)), ...filesBeside(join(dir, file))]) {
        if (specifier.startsWith('.')) visit(relative(dir, resolve(dir, dirname(file), specifier)));
      }
    };
    entries.filter((file) => /\.[cm]?js$/.test(file)).forEach(visit);
    const dead = dist.filter((file) => /\.[cm]?js$/.test(file) && !reached.has(file));
    if (dead.length > 0) problems.push(`unbundled files no entry reaches: ${dead.join(', ')}`);
  } else {
    // tsc's output mirrors src/: a module without a source is left over from a deleted file, a source without a module was not built.
    const sources = new Set(
      inputs.filter((file) => /^src\/.*(?<!\.d)\.ts$/.test(file)).map((file) => file.slice('src/'.length, -'.ts'.length)),
    );
    const modules = new Set(dist.filter((file) => file.endsWith('.js')).map((file) => file.slice('dist/'.length, -'.js'.length)));
    const leftover = [...modules].filter((name) => !sources.has(name));
    const unbuilt = [...sources].filter((name) => !modules.has(name) && !name.includes('test-support/'));
    if (leftover.length > 0) problems.push(`dist holds modules without a source: ${leftover.map((name) => `dist/${name}.js`).join(', ')}`);
    if (unbuilt.length > 0) problems.push(`sources not built: ${unbuilt.map((name) => `src/${name}.ts`).join(', ')}`);
  }
  return problems;
}

const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = packProblems(process.cwd());
if (problems.length > 0) {
  process.stderr.write(`prepack ${name}: cannot pack: ${problems.join('; ')}. ${FIX}\n`);
  process.exitCode = 1;
}
