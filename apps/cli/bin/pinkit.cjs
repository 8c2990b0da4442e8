#!/usr/bin/env node
// Plain CommonJS, so the binary starts without a TypeScript loader and, for a command that imports
// no ES module (`pinkit get-pin` with a token in the environment), without Node's ES module loader
// either. dist/start.cjs runs the bundled CLI with V8's code cache (see src/start/start.ts).
'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS binary loads with require
require('../dist/start.cjs')
  .start(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
