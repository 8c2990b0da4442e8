// Writes dist/command-manifest.json: each command's paths, category and description, read from
// the built command classes (tsc's output in build/) in the order of command-list.ts, so that the CLI finds the module to
// load (and prints `pinkit --help`) without importing any command. Run after tsc, before bundling.
import { writeFileSync } from 'node:fs';
import { commandList } from '../build/command-list.js';

const entries = [];
const seen = new Set();
for (const load of commandList) {
  const command = await load();
  const { category, description } = command.usage ?? {};
  if (!command.paths?.length || !category || !description) {
    throw new Error(`${command.name} needs static paths and a usage with a category and a description`);
  }
  for (const path of command.paths) {
    const name = path.join(' ');
    if (seen.has(name)) throw new Error(`two commands answer to "${name}"`);
    seen.add(name);
  }
  entries.push({ paths: command.paths, usage: { category, description } });
}
writeFileSync(new URL('../dist/command-manifest.json', import.meta.url), `${JSON.stringify(entries)}\n`);
