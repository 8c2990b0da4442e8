import { type JsonSchema, type SchemaSet, resolveRef } from './load-description.js';

/**
 * Which side of the exchange a value is: a request may leave out what the server fills in
 * (`readOnly`), an answer what only a client sends (`writeOnly`).
 */
export type Direction = 'request' | 'response';

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

const fits = (type: string, value: unknown): boolean => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

/** How a message names the field; the body itself has no name. */
const label = (field: string): string => (field === '' ? 'the body' : `'${field}'`);

/** How deep in the value a problem lies: the dots and brackets of the field it names. */
const depthOf = (problem: string | undefined): number =>
  (problem?.match(/[.[]/g)?.length ?? 0) - (problem?.includes(' is required') ? 0.5 : 0);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The first way `value` breaks `schema`, as one sentence naming the field (`'targeting_spec.GENDER[0]'`),
 * or undefined when it fits. A subset of JSON Schema: what the derived description uses.
 */
export function findProblem(
  description: SchemaSet,
  schema: JsonSchema,
  value: unknown,
  field: string,
  direction: Direction = 'request',
): string | undefined {
  const node = resolveRef(description, schema);
  const check = (next: JsonSchema, v: unknown, f: string) => findProblem(description, next, v, f, direction);
  for (const part of node.allOf ?? []) {
    const problem = check(part, value, field);
    if (problem !== undefined) return problem;
  }
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) {
    const problems = alternatives.map((alternative) => check(alternative, value, field));
    // The alternative that failed deepest (on a nested field rather than on its own shape) is the one meant.
    if (!problems.includes(undefined)) return [...problems].sort((a, b) => depthOf(b) - depthOf(a))[0];
  }
  if (node.if && node.then && check(node.if, value, field) === undefined) {
    const problem = check(node.then, value, field);
    if (problem !== undefined) return problem;
  }
  if (node.type !== undefined) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (!types.some((type) => fits(type, value))) return `${label(field)} must be of type ${types.join(' or ')} (was ${typeOf(value)}).`;
  }
  if (node.enum && !node.enum.some((allowed) => allowed === value)) {
    // An item is named by its list, as Pinterest does: `'SPEND' is not a valid value for 'columns'`.
    const allowed = node.enum.length <= 12 ? ` (one of ${node.enum.map(String).join(', ')})` : '';
    return `'${String(value)}' is not a valid value for ${label(field.replace(/\[\d+\]$/, ''))}${allowed}.`;
  }
  if (node.const !== undefined && node.const !== value) return `${label(field)} must be ${JSON.stringify(node.const)}.`;
  if (typeof value === 'string') return stringProblem(node, value, field);
  if (typeof value === 'number') return numberProblem(node, value, field);
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) return `${label(field)} must have at least ${node.minItems} items.`;
    if (node.maxItems !== undefined && value.length > node.maxItems) return `${label(field)} must have at most ${node.maxItems} items.`;
    if (node.items) {
      for (const [index, item] of value.entries()) {
        const problem = check(node.items, item, `${field}[${index}]`);
        if (problem !== undefined) return problem;
      }
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null)
    return objectProblem(description, node, value as Record<string, unknown>, field, direction);
  return undefined;
}

function stringProblem(node: JsonSchema, value: string, field: string): string | undefined {
  if (node.minLength !== undefined && value.length < node.minLength)
    return `${label(field)} must be at least ${node.minLength} characters long.`;
  if (node.maxLength !== undefined && value.length > node.maxLength)
    return `${label(field)} is longer than ${node.maxLength} characters (${value.length}).`;
  if (node.pattern !== undefined && !matches(node.pattern, value))
    return `${label(field)} value '${value}' must match the pattern: ${node.pattern}`;
  if (node.format === 'date' && !DATE.test(value)) return `${label(field)} must be a date as YYYY-MM-DD (was '${value}').`;
  if (node.format === 'date-time' && !DATE_TIME.test(value)) return `${label(field)} must be an ISO 8601 date and time (was '${value}').`;
  return undefined;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    // A pattern JavaScript cannot read (the description's are written for Python) refuses nothing.
    return true;
  }
}

function numberProblem(node: JsonSchema, value: number, field: string): string | undefined {
  if (node.minimum !== undefined && (node.exclusiveMinimum === true ? value <= node.minimum : value < node.minimum)) {
    return `${label(field)} must be at least ${node.minimum} (was ${value}).`;
  }
  if (node.maximum !== undefined && (node.exclusiveMaximum === true ? value >= node.maximum : value > node.maximum)) {
    return `${label(field)} must be at most ${node.maximum} (was ${value}).`;
  }
  if (typeof node.exclusiveMinimum === 'number' && value <= node.exclusiveMinimum)
    return `${label(field)} must be above ${node.exclusiveMinimum}.`;
  if (typeof node.exclusiveMaximum === 'number' && value >= node.exclusiveMaximum)
    return `${label(field)} must be below ${node.exclusiveMaximum}.`;
  return undefined;
}

function objectProblem(
  description: SchemaSet,
  node: JsonSchema,
  value: Record<string, unknown>,
  field: string,
  direction: Direction,
): string | undefined {
  const prefix = field === '' ? '' : `${field}.`;
  const properties = node.properties ?? {};
  const skipped = direction === 'request' ? 'readOnly' : 'writeOnly';
  for (const name of node.required ?? []) {
    const property = properties[name];
    if (property && resolveRef(description, property)[skipped] === true) continue;
    if (value[name] === undefined) return `'${prefix}${name}' is required.`;
  }
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const property = properties[name];
    const extra = node.additionalProperties;
    const schema = property ?? (typeof extra === 'object' ? extra : undefined);
    if (schema === undefined) {
      if (extra === false) return `'${prefix}${name}' is not a field of this request.`;
      continue;
    }
    const problem = findProblem(description, schema, item, `${prefix}${name}`, direction);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
