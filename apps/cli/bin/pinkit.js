#!/usr/bin/env node
// Plain JavaScript so the binary starts without a TypeScript loader; everything else is built code.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
