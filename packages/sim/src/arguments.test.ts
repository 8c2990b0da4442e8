import { fuzzArgument } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from './simulator.js';
import { startSimulator } from './start-simulator.js';

// startSimulator's options and every method of a running simulator, each given every hostile
// value: a wrong one is refused with SimulatorOptionsError naming the option and what it must be,
// on one line and without repeating the value; never a TypeError from inside, a hang, or taken
// silently. A simulator a value starts is stopped at once.

type Row = [name: string, call: (value: unknown) => unknown, accepts: readonly string[]];

const OPTIONAL = ['undefined'];
const FLAG = [...OPTIONAL, 'true'];
const COUNT = [...OPTIONAL, '0', '5'];
const any = (value: unknown) => value as never;

function startWith(key: string) {
  return async (value: unknown) => {
    const sim = await startSimulator({ boards: 1, pinsPerBoard: 1, [key]: value });
    await sim.stop();
  };
}

let sim: Simulator;
let demo: string;
let other: string;
let boardId: string;
let adAccountId: string;

beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 1 });
  [demo, other] = sim.users.map((user) => user.id) as [string, string];
  const headers = { authorization: `Bearer ${sim.users[0]?.accessToken ?? ''}` };
  const boards = (await (await fetch(`${sim.url}/v5/boards`, { headers })).json()) as { items: Array<{ id: string }> };
  const accounts = (await (await fetch(`${sim.url}/v5/ad_accounts`, { headers })).json()) as { items: Array<{ id: string }> };
  boardId = boards.items[0]?.id ?? '';
  adAccountId = accounts.items[0]?.id ?? '';
});

afterAll(async () => {
  await sim.stop();
});

const ROWS: Row[] = [
  ['startSimulator(options)', (v) => startSimulator(any(v)).then((started) => started.stop()), [...OPTIONAL, '{}', 'Date']],
  // Port 5 is taken where the tests may bind it (as root) and refused by name where not.
  ['startSimulator(options.port)', startWith('port'), [...OPTIONAL, '0', '5']],
  ['startSimulator(options.host)', startWith('host'), OPTIONAL],
  ['startSimulator(options.latencyMs)', startWith('latencyMs'), [...COUNT, '1.5']],
  ['startSimulator(options.rateLimits)', startWith('rateLimits'), [...FLAG, '{}']],
  ['startSimulator(options.writeRate)', startWith('writeRate'), [...OPTIONAL, '5', '1.5', 'Infinity']],
  ['startSimulator(options.faultRate)', startWith('faultRate'), [...OPTIONAL, '0']],
  ['startSimulator(options.boards)', startWith('boards'), COUNT],
  ['startSimulator(options.pinsPerBoard)', startWith('pinsPerBoard'), COUNT],
  ['startSimulator(options.seed)', startWith('seed'), [...COUNT, '-1']],
  ['startSimulator(options.spamDomains)', startWith('spamDomains'), [...OPTIONAL, '[]', '["a"]']],
  ['startSimulator(options.autoApprove)', startWith('autoApprove'), FLAG],
  ['startSimulator(options.consentUser)', startWith('consentUser'), [...OPTIONAL, '0']],
  ['startSimulator(options.redirectUris)', startWith('redirectUris'), OPTIONAL],
  ['startSimulator(options.accessTokenTtlSeconds)', startWith('accessTokenTtlSeconds'), [...OPTIONAL, '5']],
  ['startSimulator(options.refreshTokenTtlSeconds)', startWith('refreshTokenTtlSeconds'), [...OPTIONAL, '5']],
  ['startSimulator(options.reportOutcome)', startWith('reportOutcome'), OPTIONAL],
  ['startSimulator(options.trialAccess)', startWith('trialAccess'), FLAG],
  ['startSimulator(options.now)', startWith('now'), [...OPTIONAL, 'function']],
  ['issueToken(userId)', (v) => sim.issueToken(any(v), []), []],
  ['issueToken(scopes)', (v) => sim.issueToken(demo, any(v)), ['[]', '["a"]']],
  ['revokeToken(token)', (v) => sim.revokeToken(any(v)), []],
  ['shareBoard(boardId)', (v) => sim.shareBoard(any(v), other), []],
  ['shareBoard(userId)', (v) => sim.shareBoard(boardId, any(v)), []],
  ['archiveBoard(boardId)', (v) => sim.archiveBoard(any(v)), []],
  ['grantBusinessAccess(adAccountId)', (v) => sim.grantBusinessAccess(any(v), other, []), []],
  ['grantBusinessAccess(userId)', (v) => sim.grantBusinessAccess(adAccountId, any(v), []), []],
  ['grantBusinessAccess(roles)', (v) => sim.grantBusinessAccess(adAccountId, other, any(v)), ['[]']],
  ['configure(knobs)', (v) => sim.configure(any(v)), ['{}']],
  ['configure(knobs.writeRate)', (v) => sim.configure({ writeRate: any(v) }), [...OPTIONAL, '5', '1.5', 'Infinity']],
  ['configure(knobs.latencyMs)', (v) => sim.configure({ latencyMs: any(v) }), [...COUNT, '1.5']],
  ['configure(knobs.rateLimits)', (v) => sim.configure({ rateLimits: any(v) }), [...FLAG, '{}']],
];

describe('the simulator checks its arguments', () => {
  it.each(ROWS)('%s', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
    sim.configure({ latencyMs: 0, rateLimits: true });
  });

  it('names the option without repeating what was given', async () => {
    await expect(startSimulator({ writeRate: 'a\r\nb' as never })).rejects.toMatchObject({
      name: 'SimulatorOptionsError',
      option: 'writeRate',
      message:
        'writeRate must be a number of writes per second above 0, at most 1000000 (leave it out for no limit), not a string of 4 characters.',
    });
  });
});
