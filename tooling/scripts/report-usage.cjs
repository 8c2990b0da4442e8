// Preloaded with `node --require` by `pnpm bench` into every command it compares, so each one
// reports its own peak memory and CPU time the same way: `usage maxrss-kb=N cpu-ms=N` on stderr.
'use strict';
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`usage maxrss-kb=${usage.maxRSS} cpu-ms=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
