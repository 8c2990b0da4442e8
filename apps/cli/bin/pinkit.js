#!/usr/bin/env node
// Plain JavaScript so the binary starts without a TypeScript loader; dist/start.js runs the
// bundled CLI with V8's code cache (see src/start/start.ts and scripts/bundle.mjs).
import { start } from '../dist/start.js';

process.exitCode = await start(process.argv.slice(2));
