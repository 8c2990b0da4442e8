// Child process for the SIGKILL test: publishes a plan against a file-backed account and says
// "ready" once a few rows are published, then goes on until it is killed (or done).
import { publishPlan } from '../publish-plan.js';
import { fileAccount } from './file-account.js';

const [plan, store] = process.argv.slice(2);
if (!plan || !store) throw new Error('usage: publish-runner <plan> <account file>');
let published = 0;
await publishPlan({
  plan,
  account: fileAccount(store, [{ id: 'b1', name: 'Recipes' }]),
  writesPerSecond: 1000,
  onEvent: (event) => {
    if (event.type === 'row-published' && ++published === 5) process.stdout.write('ready\n');
  },
});
process.stdout.write('done\n');
