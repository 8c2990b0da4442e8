// Child process for the lock race test: takes the journal's lock, says whether it got it, and
// holds it until its stdin closes.
import { createFileJournal } from '../file-journal.js';

const path = process.argv[2];
if (!path) throw new Error('usage: lock-taker <journal path>');
const journal = createFileJournal(path, { lock: true });
try {
  await journal.load();
  process.stdout.write('locked\n');
} catch (error) {
  process.stdout.write(`${(error as Error).name}\n`);
}
process.stdin.resume();
process.stdin.once('end', () => void journal.close());
