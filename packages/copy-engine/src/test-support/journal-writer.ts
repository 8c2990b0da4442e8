// Child process for the SIGKILL test: appends journal records until it is killed.
import { createFileJournal } from '../file-journal.js';

const path = process.argv[2];
if (!path) throw new Error('usage: journal-writer <path>');
const journal = createFileJournal(path);
for (let index = 0; ; index += 1) {
  // Several appends in flight at once, as the engine's concurrent tasks make them.
  await Promise.all([0, 1, 2, 3].map((part) => journal.append({ op: 'intent', key: `k${index * 4 + part}` })));
  if (index === 25) process.stdout.write('ready\n');
}
