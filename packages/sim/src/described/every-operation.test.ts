import { describe, expect, it } from 'vitest';
import { resolveRoute } from '../core/resolve-route.js';
import { DESCRIBED_OPERATIONS, DESCRIBED_SCOPES } from '../generated/operations.js';
import { MODELLED_ROUTES, ROUTES } from '../route-table.js';
import { simApi, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { loadRequests, loadResponses } from './load-description.js';
import { sampleValue } from './sample-value.js';

type OperationId = keyof typeof DESCRIBED_OPERATIONS;

// Analytics look back at most 90 days: the walk asks about last week.
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const RECENT: Record<string, string> = { start_date: day(8), end_date: day(2) };

const description = loadRequests();
const answers = loadResponses();
const served = new Map(ROUTES.map((entry) => resolveRoute(entry)).map((route) => [`${route.method} ${route.path}`, route]));
const modelled = new Set<string>(MODELLED_ROUTES.flatMap((entry) => (entry.operation === undefined ? [] : [entry.operation])));
// The token endpoints are the app's calls with its secret, walked by the OAuth tests.
const userOperations = (Object.keys(DESCRIBED_OPERATIONS) as OperationId[]).filter(
  (id) => !(DESCRIBED_OPERATIONS[id].auth as readonly string[]).includes('basic'),
);

// Creates first, so the reads, updates and deletes after them find what they made; deletes last.
const rank = (id: OperationId): number => {
  const { method, path } = DESCRIBED_OPERATIONS[id];
  const onItem = path.endsWith('}');
  if (method === 'DELETE') return 4;
  if (method === 'POST' && !onItem) return 0;
  return method === 'GET' ? 1 : 2;
};

describe('the description (spec drift)', () => {
  it('has no operation the simulator does not serve', () => {
    const missing = [...new Set([...Object.keys(description.operations), ...Object.keys(answers.operations)])]
      .map((id) => [id, DESCRIBED_OPERATIONS[id as OperationId]] as const)
      .filter(([, op]) => op === undefined || !served.has(`${op.method} /v5${op.path}`))
      .map(([id]) => id);
    expect(missing, 'operations of description/*.json without a route: model them or rerun pnpm gen').toEqual([]);
    expect(Object.keys(description.operations)).toHaveLength(Object.keys(DESCRIBED_OPERATIONS).length);
  });

  it('derives the 266 operations of 5.28', () => {
    expect([description.version, answers.version]).toEqual(['5.28.0', '5.28.0']);
    expect(Object.keys(DESCRIBED_OPERATIONS)).toHaveLength(266);
  });
});

describe('every operation of the description', () => {
  // Some categories' documented quotas are a few writes a minute: a walk of every operation in
  // seconds would meet 429s depending on how fast the machine runs it. Rate limits have tests of
  // their own; this one is about the answers.
  const sim = useSimulator({ rateLimits: false });

  it(
    'answers each one: a modelled operation as its model says, every other with a 2xx its schema accepts',
    { timeout: 120_000 },
    async () => {
      const userId = sim().users[0]?.id ?? '';
      const token = sim().issueToken(userId, [...DESCRIBED_SCOPES]);
      const api = simApi(sim(), token);
      const ids = await seededIds(sim().url, token);
      const failures: string[] = [];
      const refusedByModel: string[] = [];
      for (const id of [...userOperations].sort((a, b) => rank(a) - rank(b))) {
        const operation = DESCRIBED_OPERATIONS[id];
        const described = description.operations[id];
        const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => ids.get(name) ?? sampleParam(id, name));
        const query = (described?.query ?? [])
          .filter(([, , required]) => required)
          .map(
            ([name, schema]) =>
              `${name}=${encodeURIComponent(RECENT[name] ?? queryText(sampleValue(description, schema, `${id} ${name}`, 'request')))}`,
          );
        const body = described?.body ? sampleValue(description, described.body.schema, id, 'request') : undefined;
        const url = `/v5${path}${query.length ? `?${query.join('&')}` : ''}`;
        let reply: { status: number; body: unknown };
        try {
          // simApi validates every answer against the operation's schema for its status.
          reply = await api.call(operation.method, url, body);
        } catch (error) {
          failures.push(`${id}: ${(error as Error).message.slice(0, 300)}`);
          continue;
        }
        const message = (reply.body as Partial<ErrorBody> | undefined)?.message ?? '';
        if (reply.status === 404 && message.startsWith('No such endpoint')) failures.push(`${id}: no such endpoint`);
        else if (reply.status < 200 || reply.status > 299)
          (modelled.has(id) ? refusedByModel : failures).push(`${id}: ${reply.status} ${message}`);
        learnIds(id, reply.body, ids);
      }
      expect(failures).toEqual([]);
      // A model may refuse a sampled input on its own rules (a board name taken, a link that is no
      // URL, a pin an earlier delete removed) — with a client error its schema documents, never a 5xx.
      for (const refusal of refusedByModel) expect(refusal).toMatch(/^[^:]+: 4\d\d /);
      expect(refusedByModel.length, refusedByModel.join('\n')).toBeLessThan(10);
    },
  );
});

/** Ids of the seeded demo data, by the path parameter that names them (read plainly: the walk checks these answers). */
async function seededIds(origin: string, token: string): Promise<Map<string, string>> {
  const first = async (path: string) => {
    const response = await fetch(origin + path, { headers: { authorization: `Bearer ${token}` } });
    return ((await response.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
  };
  const ids = new Map<string, string>();
  ids.set('ad_account_id', await first('/v5/ad_accounts'));
  ids.set('board_id', await first('/v5/boards'));
  ids.set('section_id', await first(`/v5/boards/${ids.get('board_id') ?? ''}/sections`));
  ids.set('pin_id', await first(`/v5/boards/${ids.get('board_id') ?? ''}/pins`));
  const account = `/v5/ad_accounts/${ids.get('ad_account_id') ?? ''}`;
  ids.set('campaign_id', await first(`${account}/campaigns`));
  ids.set('ad_group_id', await first(`${account}/ad_groups`));
  ids.set('ad_id', await first(`${account}/ads`));
  return ids;
}

/** After a create, the id it answered fills the path parameter of its collection's item paths. */
function learnIds(id: OperationId, body: unknown, ids: Map<string, string>): void {
  const { method, path } = DESCRIBED_OPERATIONS[id];
  if (method !== 'POST' || path.endsWith('}') || typeof body !== 'object' || body === null) return;
  const created = (body as { id?: unknown }).id;
  if (typeof created !== 'string') return;
  for (const other of Object.values(DESCRIBED_OPERATIONS)) {
    const match = other.path.startsWith(`${path}/{`) ? /^\{([^}]+)\}$/.exec(other.path.slice(path.length + 1)) : null;
    if (match?.[1] && !ids.has(match[1])) ids.set(match[1], created);
  }
}

function sampleParam(id: OperationId, name: string): string {
  const schema = description.operations[id]?.path?.find(([param]) => param === name)?.[1] ?? {};
  return encodeURIComponent(String(sampleValue(description, schema, `${id} ${name}`, 'request')));
}

/** A query value as clients send it: a list comma-separated, an object as JSON. */
function queryText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
