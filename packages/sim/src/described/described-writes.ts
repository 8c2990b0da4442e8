import { failures } from '../core/pinterest-failure.js';
import type { AuthedContext } from '../core/route.js';
import type { DescribedRecord } from './described-records.js';
import { arrayItemsOf, hasId, isPlainObject, propertiesOf } from './described-shapes.js';
import type { JsonSchema, SchemaSet } from './load-description.js';
import { sampleValue } from './sample-value.js';
import { findProblem } from './schema-check.js';

/** One call to a described-only operation, as its reads and writes see it. */
export interface DescribedCall {
  ctx: AuthedContext;
  description: SchemaSet;
  /** The concrete path of the records' collection (`/ad_accounts/5/audiences`). */
  collection: string;
  /** The id in the path's last segment (`…/audiences/{audience_id}`), if it has one. */
  itemId: string | undefined;
  /** What a sample answer is drawn from: the operation and the concrete path. */
  seed: string;
  body: unknown;
}

/** The record at the path, or a sample of the schema carrying the asked id (the same each time). */
export function readRecord(call: DescribedCall, schema: JsonSchema): unknown {
  const { description } = call;
  if (call.itemId !== undefined && call.ctx.store.described.wasDeleted(call.collection, call.itemId)) throw failures.notFound();
  const stored = call.itemId === undefined ? undefined : call.ctx.store.described.get(call.collection, call.itemId);
  if (stored && findProblem(description, schema, stored.body, '', 'response') === undefined) return stored.body;
  return withId(description, schema, sampleValue(description, schema, call.seed), call.itemId);
}

/**
 * A create (POST to a collection) or an update (PATCH/PUT of `…/{id}`) of one record: the fields
 * sent that fit the answer's shape, over a sample (a create) or the record as it was (an update).
 * Undefined when the answer is not a record with an id.
 */
export function writeRecord(call: DescribedCall, schema: JsonSchema, method: string): unknown {
  const { description, ctx } = call;
  if (!hasId(description, schema) || !isPlainObject(call.body)) return undefined;
  const updating = call.itemId !== undefined && method !== 'POST';
  if (!updating && call.itemId !== undefined) return undefined;
  const id = updating ? (call.itemId ?? '') : ctx.store.nextId('described');
  const before = updating
    ? readRecord(call, schema)
    : withId(description, schema, sampleValue(description, schema, `${call.seed} ${id}`), id);
  return remember(call, schema, merge(description, schema, before, call.body, id));
}

/**
 * A batch write: a body that is a list of records (the ads API: `[{…}, {…}]` answered with
 * `{items: [{data, exceptions}]}`) or an object with a list the answer repeats (keywords:
 * `{keywords: […]}` answered with `{keywords: […], errors}`). Each element with a known id
 * updates its record, each other one creates one. Undefined for any other shape.
 */
export function writeBatch(call: DescribedCall, schema: JsonSchema): unknown {
  const { description } = call;
  const base = sampleValue(description, schema, call.seed);
  if (!isPlainObject(base)) return undefined;
  if (Array.isArray(call.body)) {
    const itemSchema = arrayItemsOf(description, schema, 'items');
    const dataSchema = itemSchema === undefined ? undefined : propertiesOf(description, itemSchema)['data'];
    if (itemSchema === undefined || dataSchema === undefined || !hasId(description, dataSchema)) return undefined;
    const items = call.body.map((element, index) => {
      const item = sampleValue(description, itemSchema, `${call.seed} item`);
      const data = writeElement(call, dataSchema, element, index);
      const sampled = isPlainObject(item) ? item : {};
      // A write that took has no exceptions: an empty list where the schema has a list.
      return { ...sampled, data, ...(Array.isArray(sampled['exceptions']) && { exceptions: [] }) };
    });
    return { ...base, items };
  }
  if (!isPlainObject(call.body)) return undefined;
  for (const [name, value] of Object.entries(call.body)) {
    const elementSchema = Array.isArray(value) && name !== 'items' ? arrayItemsOf(description, schema, name) : undefined;
    if (elementSchema === undefined || !hasId(description, elementSchema) || !Array.isArray(value)) continue;
    const errors = Object.keys(base).filter((key) => key === 'errors' || key === 'exceptions');
    return {
      ...base,
      ...Object.fromEntries(errors.map((key) => [key, []])),
      [name]: value.map((e, i) => writeElement(call, elementSchema, e, i)),
    };
  }
  return undefined;
}

function writeElement(call: DescribedCall, schema: JsonSchema, element: unknown, index: number): unknown {
  const { description, ctx } = call;
  const sent = isPlainObject(element) ? element : {};
  const known = typeof sent['id'] === 'string' ? ctx.store.described.get(call.collection, sent['id']) : undefined;
  const id = known?.id ?? ctx.store.nextId('described');
  const before = known?.body ?? withId(description, schema, sampleValue(description, schema, `${call.seed} ${index} ${id}`), id);
  return remember(call, schema, merge(description, schema, before, sent, id));
}

function remember(call: DescribedCall, schema: JsonSchema, body: unknown): unknown {
  if (!isPlainObject(body) || typeof body['id'] !== 'string') return body;
  const existing = call.ctx.store.described.get(call.collection, body['id']);
  const record: DescribedRecord = { id: body['id'], seq: existing?.seq ?? call.ctx.store.nextSeq(), body };
  if (findProblem(call.description, schema, body, '', 'response') === undefined) call.ctx.store.described.put(call.collection, record);
  return body;
}

/** `before` with each sent field that fits the answer's schema; the whole must still fit, or `before` stays. */
function merge(description: SchemaSet, schema: JsonSchema, before: unknown, sent: Record<string, unknown>, id: string): unknown {
  if (!isPlainObject(before)) return before;
  const properties = propertiesOf(description, schema);
  const merged: Record<string, unknown> = { ...before };
  for (const [name, value] of Object.entries(sent)) {
    const property = properties[name];
    if (name === 'id' || property === undefined) continue;
    if (findProblem(description, property, value, name, 'response') === undefined) merged[name] = value;
  }
  const withOwnId = withId(description, schema, merged, id);
  return findProblem(description, schema, withOwnId, '', 'response') === undefined ? withOwnId : withId(description, schema, before, id);
}

/** `value` with `id` set to `id` when the schema takes it as an id. */
function withId(description: SchemaSet, schema: JsonSchema, value: unknown, id: string | undefined): unknown {
  if (id === undefined || !isPlainObject(value) || !hasId(description, schema)) return value;
  const property = propertiesOf(description, schema)['id'];
  if (property && findProblem(description, property, id, 'id', 'response') !== undefined) return value;
  return { ...value, id };
}
