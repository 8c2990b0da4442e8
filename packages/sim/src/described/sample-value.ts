import { hashToUint32 } from '../core/seeded-random.js';
import { type JsonSchema, type SchemaSet, resolveRef } from './load-description.js';
import { type Direction, findProblem } from './schema-check.js';

// Below this depth only required fields are filled: the ads schemas nest deeply and refer to themselves.
const FULL_DEPTH = 5;
const MAX_DEPTH = 12;
// A fixed moment keeps answers the same from run to run (dates in the description's own examples are of this era).
const SAMPLE_TIME = '2026-01-15T12:00:00Z';
// The description's patterns are few (16 in 5.28): one of these fits each, or digits do.
const STRING_CANDIDATES = [
  'US',
  'en-US',
  'USD',
  'sample',
  'ABC',
  'a',
  'https://www.example.com/',
  '12:00',
  'ADE_SAMPLE-sample',
  '2026-01-15',
  '2026-01-15T12:00:00.000Z',
];

/**
 * A value `schema` accepts, built from the description: its example where it has one that fits,
 * otherwise from the schema (first enum value, a date, digits for an id). The same `seed` gives the
 * same value, so an answer is stable within a run and across runs.
 */
export function sampleValue(description: SchemaSet, schema: JsonSchema, seed: string, direction: Direction = 'response'): unknown {
  return sample({ description, direction }, schema, seed, 0, new Set());
}

/** What every step of one sample shares: the description, and whether a request or an answer is drawn. */
interface Sampling {
  description: SchemaSet;
  direction: Direction;
}

function sample(sampling: Sampling, schema: JsonSchema, seed: string, depth: number, refs: ReadonlySet<string>): unknown {
  const { description } = sampling;
  const ref = schema.$ref;
  if (ref !== undefined && refs.has(ref)) return undefined;
  const seen = ref === undefined ? refs : new Set([...refs, ref]);
  const node = resolveRef(description, schema);
  if (node.example !== undefined && findProblem(description, node, node.example, 'example', sampling.direction) === undefined) {
    return structuredClone(node.example);
  }
  if (node.const !== undefined) return node.const;
  const allowed = node.enum?.filter((value) => value !== null);
  if (allowed && allowed.length > 0) return allowed[0];
  if (node.allOf) return mergeParts(sampling, node, seed, depth, seen);
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) {
    const branch = alternatives.find((alternative) => resolveRef(description, alternative).type !== 'null') ?? alternatives[0];
    return branch === undefined ? null : sample(sampling, branch, seed, depth, seen);
  }
  const types = [node.type ?? (node.properties ? 'object' : 'string')].flat();
  const type = types.find((candidate) => candidate !== 'null') ?? 'null';
  switch (type) {
    case 'object':
      return sampleObject(sampling, node, seed, depth, seen);
    case 'array': {
      if (depth >= MAX_DEPTH) return [];
      const count = Math.max(node.minItems ?? 0, depth < FULL_DEPTH ? 1 : 0);
      // An array whose items the description leaves open (campaign_objective_types) gets strings.
      const items = Array.from({ length: count }, (_, index) => sample(sampling, node.items ?? {}, `${seed}[${index}]`, depth + 1, seen));
      return items.filter((item) => item !== undefined);
    }
    case 'integer':
    case 'number':
      return sampleNumber(node, type);
    case 'boolean':
      return typeof node.default === 'boolean' ? node.default : false;
    case 'null':
      return null;
    default:
      return sampleString(description, node, seed);
  }
}

function mergeParts(sampling: Sampling, node: JsonSchema, seed: string, depth: number, refs: ReadonlySet<string>): unknown {
  const parts = (node.allOf ?? []).map((part) => sample(sampling, part, seed, depth, refs));
  const own = node.properties || node.type === 'object' ? sampleObject(sampling, node, seed, depth, refs) : undefined;
  const objects = [...parts, own].filter(
    (part): part is Record<string, unknown> => typeof part === 'object' && part !== null && !Array.isArray(part),
  );
  if (objects.length === 0) return parts.find((part) => part !== undefined);
  return Object.assign({}, ...objects) as Record<string, unknown>;
}

function sampleObject(
  sampling: Sampling,
  node: JsonSchema,
  seed: string,
  depth: number,
  refs: ReadonlySet<string>,
): Record<string, unknown> {
  const { description } = sampling;
  // A request leaves out what the server fills in; an answer what only a client sends.
  const skipped = sampling.direction === 'request' ? 'readOnly' : 'writeOnly';
  const out: Record<string, unknown> = {};
  const required = new Set(node.required ?? []);
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    if (!required.has(name) && depth >= FULL_DEPTH) continue;
    if (resolveRef(description, property)[skipped] === true || property[skipped] === true) continue;
    const value = isIdName(name)
      ? sampleId(sampling, property, `${seed}.${name}`)
      : sample(sampling, property, `${seed}.${name}`, depth + 1, refs);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

const isIdName = (name: string): boolean => name === 'id' || name.endsWith('_id');

/**
 * An id (`id`, `batch_id`, `request_id`) is digits where the schema allows them: it differs with the
 * seed (the description's examples would give every record the same one), and it fits the path
 * parameters that take it back (`^\d+$`), which the examples sometimes do not.
 */
function sampleId(sampling: Sampling, schema: JsonSchema, seed: string): unknown {
  const { description } = sampling;
  const node = resolveRef(description, schema);
  const digits = `4${String(hashToUint32(seed)).padStart(11, '0')}`;
  if (findProblem(description, node, digits, 'id', 'response') === undefined) return digits;
  return sample(sampling, node, seed, FULL_DEPTH, new Set());
}

function sampleNumber(node: JsonSchema, type: string): number {
  if (typeof node.example === 'number') return node.example;
  const low = node.minimum ?? (typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum + 1 : 1);
  const value = Math.min(Math.max(low, 1), node.maximum ?? Number.MAX_SAFE_INTEGER);
  return type === 'integer' ? Math.ceil(value) : value;
}

function sampleString(description: SchemaSet, node: JsonSchema, seed: string): string {
  if (node.format === 'date-time') return SAMPLE_TIME;
  if (node.format === 'date') return SAMPLE_TIME.slice(0, 10);
  if (node.format === 'uri' || node.format === 'url') return 'https://www.example.com/';
  if (node.format === 'email') return 'someone@example.com';
  const fits = (value: string) => findProblem(description, node, value, 'value', 'response') === undefined;
  const digits = String(hashToUint32(seed)).padStart(10, '1');
  const candidates = [digits, ...STRING_CANDIDATES];
  const found = node.pattern === undefined ? undefined : candidates.find(fits);
  if (found !== undefined) return found;
  const base = node.pattern === undefined ? 'sample' : digits;
  const min = node.minLength ?? 0;
  return base.padEnd(min, 'x').slice(0, node.maxLength ?? base.length + min);
}
