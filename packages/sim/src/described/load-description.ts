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

/** One operation's request and responses, as the description gives them. */
export interface DescribedOperation {
  /** Path parameters: name and schema. */
  path?: [string, JsonSchema][];
  /** Query parameters: name, schema, required. */
  query?: [string, JsonSchema, boolean][];
  /** The body: its schema, whether it must be there, and whether it is a form (the OAuth token endpoints). */
  body?: { schema: JsonSchema; required: boolean; form?: boolean };
  /** Schema by status (`200`, `default`); null for a status without a JSON body. */
  responses: Record<string, JsonSchema | null>;
  /** The description's examples of a success answer, by status. */
  examples?: Record<string, unknown>;
}

export interface Description {
  version: string;
  operations: Record<string, DescribedOperation>;
  definitions: Record<string, JsonSchema>;
}

let loaded: Description | undefined;

/**
 * The derived description (description/v5.json, 0.8 MB), read on the first v5 request rather
 * than when the simulator starts: `pinkit sim` and every CLI test start one. It never changes
 * once read, so one copy serves every simulator of the process.
 */
export function loadDescription(): Description {
  loaded ??= JSON.parse(readFileSync(new URL('../../description/v5.json', import.meta.url), 'utf8')) as Description;
  return loaded;
}

/** The schema a `$ref` (`#/definitions/Name`) points at. */
export function resolveRef(description: Description, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined && hops < 16; hops += 1) {
    const target = description.definitions[current.$ref.slice('#/definitions/'.length)];
    if (target === undefined) throw new Error(`the derived description has no schema ${current.$ref}`);
    current = target;
  }
  return current;
}
