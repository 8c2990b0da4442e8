// Runs the built (bundled) CLI in this process and reports its peak resident memory on stderr as
// `maxrss-kb=N`, so the benchmark measures pinkit itself rather than a wrapper.
import { main } from '../../apps/cli/dist/pinkit.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`maxrss-kb=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
