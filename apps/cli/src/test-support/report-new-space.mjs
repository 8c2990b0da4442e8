// Preloaded (--import) into a pinkit process by lean-heap.test.ts: prints on stderr, at exit, the
// young generation's size when the first output was written and the largest it reached after.
import v8 from 'node:v8';

const newSpace = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
let first;
let largest = 0;
const write = process.stdout.write;
process.stdout.write = function (...args) {
  first ??= newSpace();
  largest = Math.max(largest, newSpace());
  return write.apply(this, args);
};
process.on('exit', () => {
  largest = Math.max(largest, newSpace());
  process.stderr.write(`new-space-kb first-output=${Math.round((first ?? 0) / 1024)} largest=${Math.round(largest / 1024)}\n`);
});
