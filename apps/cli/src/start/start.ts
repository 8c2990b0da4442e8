import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { asksForOverview } from '../help/asks-for-overview.js';
import { overviewText, terminalColorDepth } from '../overview.js';
import { codeCacheDir, codeCacheFile, readCodeCache, writeCodeCache } from './code-cache.js';

// The `pinkit` binary's entry (bundled as CommonJS to dist/start.cjs, which bin/pinkit.cjs
// requires: a run that imports no ES module then never starts Node's ES module loader). It runs
// the whole CLI, bundled as one CommonJS file (dist/pinkit.cjs), as a vm.Script with V8's code
// cache: on Node 20 only a script can take cached code (Node 22's module.enableCompileCache would
// serve ES modules too), and `pinkit get-pin` spent more time compiling the CLI than sending its
// request. `import('@pinkit/cli')` still gets the ES module bundle (dist/pinkit.js); all come from
// the same sources (scripts/bundle.mjs).
const BUNDLE = fileURLToPath(new URL('./pinkit.cjs', import.meta.url));

type CliModule = { exports: { main?: (argv: string[]) => Promise<number> } };

/** Runs `pinkit argv` and resolves to the exit code. */
export async function start(argv: string[]): Promise<number> {
  // The overview needs only the command manifest: loading the whole CLI, cached or not, would cost
  // it more than printing it does.
  if (asksForOverview(argv)) {
    process.stdout.write(overviewText({ env: process.env, stdout: process.stdout, colorDepth: terminalColorDepth() }));
    return 0;
  }
  // The bundle is ASCII (esbuild escapes every other character), so latin1 reads it as UTF-8 would, faster.
  const source = readFileSync(BUNDLE, 'latin1');
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  try {
    const dir = codeCacheDir(process.env);
    cacheFile = dir === undefined ? undefined : codeCacheFile(dir, BUNDLE, argv);
    cachedData = cacheFile === undefined ? undefined : readCodeCache(cacheFile);
  } catch {
    // No home folder to find a cache in, or the bundle cannot be looked at: run without one.
    cacheFile = undefined;
  }
  // CommonJS's own wrapper, on the bundle's first line so that stack traces keep its line numbers.
  // The bundle's import() calls go through `__pinkitImport`: a script run this way has no module
  // loader of its own for them.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __pinkitImport) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module: CliModule = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(BUNDLE),
    module,
    BUNDLE,
    dirname(BUNDLE),
    (specifier: string) => import(specifier),
  );
  const main = module.exports.main;
  if (typeof main !== 'function') throw new Error(`${BUNDLE} has no main(); run "pnpm build".`);
  const code = await main(argv);
  // After the run, so the cache holds every function the command compiled, not only the top level.
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    try {
      writeCodeCache(cacheFile, script.createCachedData());
    } catch {
      // Only ever an optimisation: the next run compiles again.
    }
  }
  return code;
}
