import { failures } from '../core/pinterest-failure.js';
import { type DescribedRequest, type JsonSchema, loadRequests, resolveRef, type SchemaSet } from './load-description.js';
import { findProblem } from './schema-check.js';

export interface IncomingRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: Buffer;
}

/**
 * Checks a request against its operation in the description — path parameters, query, then the
 * JSON body — and refuses the first problem with a 400 naming the field, as Pinterest does.
 * A form body (the OAuth token endpoints) is left to its handler, which reads it field by field.
 */
export function validateRequest(operationId: string, request: IncomingRequest): void {
  const description = loadRequests();
  const operation = description.operations[operationId];
  if (operation === undefined) return;
  for (const [name, schema] of operation.path ?? []) {
    const value = request.params[name];
    if (value === undefined) continue;
    refuse(findProblem(description, schema, coerce(description, schema, [value]), name), PARAMETERS);
  }
  for (const [name, schema, required] of operation.query ?? []) {
    const values = request.query.getAll(name);
    if (values.length === 0) {
      if (required) refuse(`'${name}' is required.`, PARAMETERS);
      continue;
    }
    refuse(findProblem(description, schema, coerce(description, schema, values), name), PARAMETERS);
  }
  checkBody(description, operation, request.body);
}

function checkBody(description: SchemaSet, operation: DescribedRequest, raw: Buffer): void {
  const body = operation.body;
  if (body === undefined || body.form === true) return;
  if (raw.length === 0) {
    if (body.required) refuse('the body is required (a JSON document).');
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw failures.invalidParameters('Invalid request: the body is not valid JSON.');
  }
  refuse(findProblem(description, body.schema, parsed, ''));
}

// Pinterest words a bad parameter and a bad body apart; the simulator's own checks follow it.
const PARAMETERS = 'Invalid parameters: ';
const BODY = 'Invalid request: ';

function refuse(problem: string | undefined, prefix = BODY): void {
  if (problem !== undefined) throw failures.invalidParameters(`${prefix}${problem}`);
}

/**
 * A query or path value as the type its schema says: numbers and booleans from their text, an
 * array from repeated parameters or one comma-separated value (clients send both).
 */
function coerce(description: SchemaSet, schema: JsonSchema, values: string[]): unknown {
  const node = resolveRef(description, schema);
  const types = typesOf(description, node);
  if (types.has('array')) {
    const items = node.items ?? (node.anyOf ?? node.oneOf ?? []).map((b) => resolveRef(description, b)).find((b) => b.items)?.items;
    const parts = values.flatMap((value) => value.split(','));
    return parts.map((part) => (items ? scalar(typesOf(description, resolveRef(description, items)), part) : part));
  }
  const text = values[values.length - 1] ?? '';
  // An object in the query (reports/stats' `parameters`) travels as JSON.
  if (types.has('object') && !types.has('string')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return scalar(types, text);
}

function scalar(types: Set<string>, text: string): unknown {
  if ((types.has('integer') || types.has('number')) && !types.has('string')) {
    const value = Number(text);
    return text.trim() === '' || !Number.isFinite(value) ? text : value;
  }
  if (types.has('boolean') && !types.has('string')) return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** Every type a schema allows, through its `$ref`, `allOf` and alternatives. */
function typesOf(description: SchemaSet, node: JsonSchema): Set<string> {
  const found = new Set<string>();
  const visit = (schema: JsonSchema, depth: number) => {
    if (depth > 8) return;
    const resolved = resolveRef(description, schema);
    if (resolved.type !== undefined) for (const type of [resolved.type].flat()) found.add(type);
    for (const part of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) visit(part, depth + 1);
    if (resolved.enum?.every((value) => typeof value === 'string')) found.add('string');
  };
  visit(node, 0);
  return found;
}
