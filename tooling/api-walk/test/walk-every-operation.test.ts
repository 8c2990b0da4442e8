// Every operation of the committed description, called through @pinkit/api-v5's generated client
// against the simulator over real HTTP on loopback; every answer validated against the operation's
// response schema. The test fails with the list of operations that the simulator did not answer
// ("No such endpoint"), answered with an error, or answered with a body its schema refuses.
import { ApiError, createV5Client, V5_CALLS, V5_OPERATIONS, type V5OperationId } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The simulator's own checker of answers against responses.json (not part of its public API).
import { SpecValidator } from '../../../packages/sim/src/test-support/spec-validator.js';
import samples from '../operation-samples.json' with { type: 'json' };

type Input = { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
type Call = (input?: Input) => Promise<unknown>;

const inputs = samples.inputs as Record<string, Input>;

let sim: Simulator;
const seeded: Record<string, string> = {};
let lastStatus = 0;

const client = () =>
  createV5Client({
    apiUri: sim.url,
    token: sim.env().ACCESS_TOKEN ?? '',
    retry: false,
    rateLimits: false,
    // The status of the last answer, which the schema check needs beside the body.
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      lastStatus = response.status;
      return response;
    },
  });

beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 3, rateLimits: false });
  const pinterest = client();
  const first = async <T>(listing: AsyncIterable<T>): Promise<T | undefined> => {
    for await (const item of listing) return item;
    return undefined;
  };
  seeded.ad_account_id = (await first(pinterest.adAccounts.list()))?.id ?? '';
  seeded.board_id = (await first(pinterest.boards.list()))?.id ?? '';
  seeded.pin_id = (await first(pinterest.boards.listPins(seeded.board_id)))?.id ?? '';
  for await (const board of pinterest.boards.list()) {
    const section = await first(pinterest.boardSections.list(board.id));
    if (section?.id) {
      seeded.board_id = board.id;
      seeded.section_id = section.id;
      break;
    }
  }
  seeded.campaign_id = (await first(pinterest.campaigns.list(seeded.ad_account_id)))?.id ?? '';
  seeded.ad_group_id = (await first(pinterest.adGroups.list(seeded.ad_account_id)))?.id ?? '';
  seeded.ad_id = (await first(pinterest.ads.list(seeded.ad_account_id)))?.id ?? '';
  seeded.username = (await pinterest.userAccount.get()).username ?? '';
});

afterAll(async () => {
  await sim?.stop();
});

const today = new Date().toISOString().slice(0, 10);

/**
 * What the description's prose (not its schema) requires, with the seeded ids it names: ads
 * analytics need `ad_ids` (or campaigns and pins), a report its `level` and `columns`, a pin
 * its board.
 */
const PROSE_REQUIRES: Record<string, { query?: Record<string, unknown>; body?: Record<string, unknown> }> = {
  'ads/analytics': { query: { ad_ids: ['ad_id'] } },
  'analytics/create_report': { body: { level: 'CAMPAIGN', columns: ['SPEND_IN_DOLLAR'] } },
  'pins/create': { body: { board_id: 'board_id', media_source: { source_type: 'image_url', url: 'https://example.com/pin.jpg' } } },
  'pins/save': { body: { board_id: 'board_id' } },
};

const seededOr = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(seededOr) : typeof value === 'string' && seeded[value] ? seeded[value] : value;

// Analytics look back a bounded number of days: a date range is today's. Names are unique per
// user: a new one carries the operation's id.
function adjusted<T>(operationId: string, fields: T, extra: Record<string, unknown> = {}): T {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return fields;
  const out = { ...fields } as Record<string, unknown>;
  for (const name of ['start_date', 'end_date']) if (name in out) out[name] = today;
  if (typeof out.name === 'string') out.name = `${out.name} ${operationId}`;
  for (const [name, value] of Object.entries(extra)) out[name] = seededOr(value);
  return out as T;
}

/** The sample input with every path parameter the simulator seeded replaced by a real id, and dates of today. */
function inputFor(operationId: string): Input {
  const sample = inputs[operationId] ?? {};
  const params = Object.fromEntries(Object.entries(sample.params ?? {}).map(([name, value]) => [name, seeded[name] || value]));
  const extra = PROSE_REQUIRES[operationId] ?? {};
  const query = sample.query || extra.query ? adjusted(operationId, sample.query ?? {}, extra.query) : undefined;
  return {
    ...(sample.params ? { params } : {}),
    ...(query ? { query } : {}),
    ...(sample.body === undefined ? {} : { body: adjusted(operationId, sample.body, extra.body) }),
  };
}

// Operations authorised by the app's id and secret (HTTP Basic), not by a user's token: the client
// sends bearer tokens only; @pinkit/oauth's tests run them against the simulator.
const appAuthenticated = (id: string) => !V5_OPERATIONS[id as V5OperationId].auth.some((auth) => auth !== 'basic');

// Reads and writes first, deletes last, so that nothing seeded is gone before it is read; the
// deletes deepest path first (a board's section before the board, a pin before its board).
const rank = (id: string) => {
  const { method, path } = V5_OPERATIONS[id as V5OperationId];
  return method === 'DELETE' ? 100 - path.split('/').length : 0;
};
const walk = Object.entries(V5_CALLS)
  .flatMap(([area, calls]) => Object.entries(calls).map(([name, id]) => ({ area, name, id: id as string })))
  .filter(({ id }) => !appAuthenticated(id))
  .sort((a, b) => rank(a.id) - rank(b.id) || (rank(a.id) > 0 ? b.id.localeCompare(a.id) : 0));

/** Ids an answer hands out (`media_id` of a new upload...), for the operations after it. */
function remember(answer: unknown): void {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return;
  for (const [name, value] of Object.entries(answer)) {
    if (name.endsWith('_id') && typeof value === 'string' && !seeded[name]) seeded[name] = value;
  }
}

describe('every operation of the description through the generated client, against the simulator', () => {
  it('is answered, without error, by a body its response schema accepts', { timeout: 120_000 }, async () => {
    const validator = new SpecValidator();
    // The generated form of every call (client.calls), also where a hand-written one has the name.
    const pinterest = client().calls as unknown as Record<string, Record<string, Call>>;
    const failures: string[] = [];
    for (const { area, name, id } of walk) {
      const call = pinterest[area]?.[name];
      if (!call) {
        failures.push(`${id}: client.${area}.${name} missing`);
        continue;
      }
      try {
        const body = await call(inputFor(id));
        validator.check(id, lastStatus, body);
        remember(body);
      } catch (error) {
        const reason =
          error instanceof ApiError
            ? `${error.status} ${/No such endpoint|Method not allowed/.test(error.message) ? 'no such endpoint' : error.message}`
            : `invalid answer: ${(error as Error).message.split('\n').slice(0, 2).join(' ')}`;
        failures.push(`${id}: ${reason.slice(0, 200)}`);
      }
    }
    expect(walk.length).toBeGreaterThan(260);
    expect(failures, `${failures.length} of ${walk.length} operations failed:\n${failures.join('\n')}`).toEqual([]);
  });
});
