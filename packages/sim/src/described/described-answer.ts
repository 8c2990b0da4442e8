import { ownAdAccount } from '../ads/ad-account-access.js';
import { pageOf, readPageRequest } from '../core/bookmark-paging.js';
import type { AuthedContext, Reply, V5UserOperationId } from '../core/route.js';
import { DESCRIBED_OPERATIONS } from '../generated/operations.js';
import { arrayItemsOf, isPlainObject } from './described-shapes.js';
import { type DescribedCall, readRecord, writeBatch, writeRecord } from './described-writes.js';
import { type DescribedResponses, loadResponses } from './load-description.js';
import { sampleValue } from './sample-value.js';

/**
 * The handler of an operation the simulator has no model for: an answer built from the
 * description that validates against the operation's response schema. Reads and writes of a
 * collection (`POST`/`GET /ad_accounts/{id}/audiences`, `GET`/`PATCH`/`DELETE …/audiences/{audience_id}`)
 * share records, so what a create or an update returns is what a following read finds.
 */
export function describedAnswer(operationId: V5UserOperationId): (ctx: AuthedContext) => Reply {
  return (ctx) => {
    const description = loadResponses();
    const operation = DESCRIBED_OPERATIONS[operationId];
    const described = description.operations[operationId];
    if (described === undefined) throw new Error(`the derived description has no operation ${operationId}`);
    // An ad account is served to its owner only, here as in the modelled ads routes.
    if (ctx.params['ad_account_id'] !== undefined) ownAdAccount(ctx.store, ctx.caller, ctx.params['ad_account_id']);
    const status = successStatus(operation.method, described);
    const schema = described.responses[status] ?? null;
    const segments = operation.path.split('/');
    const last = segments[segments.length - 1] ?? '';
    const itemParam = /^\{.+\}$/.test(last) ? last.slice(1, -1) : undefined;
    const call: DescribedCall = {
      ctx,
      description,
      collection: fillPath(itemParam ? segments.slice(0, -1).join('/') : operation.path, ctx.params),
      itemId: itemParam === undefined ? undefined : ctx.params[itemParam],
      seed: `${operationId} ${fillPath(operation.path, ctx.params)}`,
      body: parseBody(ctx.body),
    };
    if (schema === null) {
      if (operation.method === 'DELETE' && call.itemId !== undefined) ctx.store.described.delete(call.collection, call.itemId);
      return { status: Number(status) };
    }
    const answer = (body: unknown): Reply => ({ status: Number(status), body });
    if (operation.method === 'GET') {
      const items = call.itemId === undefined ? arrayItemsOf(description, schema, 'items') : undefined;
      if (items !== undefined) return answer(listPage(call, schema, items));
      if (call.itemId !== undefined) return answer(readRecord(call, schema));
      return answer(sampleValue(description, schema, call.seed));
    }
    if (operation.method === 'DELETE' && call.itemId !== undefined) {
      call.ctx.store.described.delete(call.collection, call.itemId);
      return answer(sampleValue(description, schema, call.seed));
    }
    const batch = writeBatch(call, schema);
    if (batch !== undefined) return answer(batch);
    const record = writeRecord(call, schema, operation.method);
    return answer(record ?? sampleValue(description, schema, call.seed));
  };
}

/**
 * The status a success answers with: 204 for a delete that documents it, 201 for a create that
 * does, else the first documented 2xx (5.28 documents both 200 and 201 for most creates).
 */
function successStatus(method: string, described: DescribedResponses): string {
  const statuses = Object.keys(described.responses).filter((status) => status.startsWith('2'));
  if (method === 'DELETE' && statuses.includes('204')) return '204';
  if (method === 'POST' && described.responses['201']) return '201';
  return statuses.find((status) => described.responses[status]) ?? statuses[0] ?? '200';
}

/** A page of the collection's records, or one sample item while nothing was written there. */
function listPage(call: DescribedCall, schema: object, itemSchema: object): Record<string, unknown> {
  const { description, ctx } = call;
  const base = sampleValue(description, schema, call.seed);
  const page = isPlainObject(base) ? base : {};
  const records = ctx.store.described.list(call.collection);
  if (records.length === 0) return { ...page, items: [sampleValue(description, itemSchema, `${call.seed} item`)], bookmark: null };
  const served = pageOf(records, readPageRequest(ctx.query), { newestFirst: false });
  return { ...page, items: served.items.map((record) => record.body), bookmark: served.bookmark };
}

function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The JSON body, already checked against the description by the pipeline; undefined without one. */
function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
