import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe } from 'vitest';
import type { AnyAccount } from './account.js';
import { openAccount } from './open-account.js';
import { accountContract } from './test-support/account-contract.js';

// One suite, both adapters, end to end: real HTTP to the simulator on loopback, which serves v5
// and v3 from one store.
let sim: Simulator;
const accounts: { v5?: AnyAccount; v3?: AnyAccount } = {};
beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 4 });
  const env = sim.env();
  accounts.v5 = await openAccount({ version: 5, apiUri: sim.url, token: env.ACCESS_TOKEN! });
  accounts.v3 = await openAccount({ version: 3, apiUri: sim.url, token: env.V3_ACCESS_TOKEN! });
});
afterAll(() => sim.stop());

describe('an account on API v5', () => accountContract(5, () => accounts.v5!));
describe('an account on API v3', () => accountContract(3, () => accounts.v3!));
