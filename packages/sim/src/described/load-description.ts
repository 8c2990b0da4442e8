import { readFileSync } from 'node:fs';

/** A JSON Schema as scripts/gen.mjs writes it: OpenAPI's `nullable` and discriminators already plain JSON Schema. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  readOnly?: boolean;
  writeOnly?: boolean;
  example?: unknown;
  default?: unknown;
}

/** Named schemas that `$ref`s (`#/definitions/Name`) point at. */
export interface SchemaSet {
  definitions: Record<string, JsonSchema>;
}

/** One operation's request, as the description gives it. */
export interface DescribedRequest {
  /** Path parameters: name and schema. */
  path?: [string, JsonSchema][];
  /** Query parameters: name, schema, required. */
  query?: [string, JsonSchema, boolean][];
  /** The body: its schema, whether it must be there, and whether it is a form (the OAuth token endpoints). */
  body?: { schema: JsonSchema; required: boolean; form?: boolean };
}

/** One operation's answers, as the description gives them. */
export interface DescribedResponses {
  /** Schema by status (`200`, `default`); null for a status without a JSON body. */
  responses: Record<string, JsonSchema | null>;
  /** The description's examples of a success answer, by status. */
  examples?: Record<string, unknown>;
}

export interface Description<Operation> extends SchemaSet {
  version: string;
  operations: Record<string, Operation>;
}

// Read once per process: the files never change once read, so every simulator shares one copy.
const cache: { requests?: Description<DescribedRequest>; responses?: Description<DescribedResponses> } = {};

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../description/${name}`, import.meta.url), 'utf8')) as T;

/**
 * The requests of every operation (description/requests.json, 0.35 MB), read on the first v5
 * request rather than when the simulator starts: `pinkit sim` and every CLI test start one.
 */
export function loadRequests(): Description<DescribedRequest> {
  cache.requests ??= read('requests.json');
  return cache.requests;
}

/** The answers of every operation (description/responses.json, 0.5 MB), read on the first answer built from them. */
export function loadResponses(): Description<DescribedResponses> {
  cache.responses ??= read('responses.json');
  return cache.responses;
}

/** The schema a `$ref` (`#/definitions/Name`) points at. */
export function resolveRef(schemas: SchemaSet, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined && hops < 16; hops += 1) {
    const target = schemas.definitions[current.$ref.slice('#/definitions/'.length)];
    if (target === undefined) throw new Error(`the derived description has no schema ${current.$ref}`);
    current = target;
  }
  return current;
}
