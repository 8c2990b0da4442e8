#!/usr/bin/env node
// Plain JavaScript so the binary starts without a TypeScript loader; dist/pinkit.js is the
// bundled CLI (see scripts/bundle.mjs).
import { main } from '../dist/pinkit.js';

process.exitCode = await main(process.argv.slice(2));
