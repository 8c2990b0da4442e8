#!/usr/bin/env node
// Derives what the simulator needs from Pinterest's official OpenAPI description, so that it
// builds, runs and tests without the description itself:
// - src/generated/operations.ts: every operation (method, path, scopes, auth, rate-limit
//   category), small enough to import when the simulator starts;
// - description/requests.json: per operation its request (path and query parameters, body) as
//   plain JSON Schema, with the schemas they share; the simulator reads it on its first v5 request;
// - description/responses.json: per operation its response schemas and the description's examples,
//   read by the first answer built from the description (and by the tests).
// Usage: pnpm --filter @pinkit/sim gen [path/to/openapi.json]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(process.argv[2] ?? join(pkg, '..', '..', '..', 'shared', 'pinterest-api', 'v5', 'openapi.json'));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const { schemas, parameters: sharedParameters = {}, responses: sharedResponses = {}, requestBodies = {} } = spec.components;
const local = (ref, table) => table[ref.split('/').pop()];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

// Keywords a validator or an answer generator reads; documentation (description, title, xml,
// x-*) is dropped to keep the file small.
const KEPT = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'const',
  'allOf',
  'anyOf',
  'oneOf',
  'additionalProperties',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'readOnly',
  'writeOnly',
  'example',
  'default',
  '$ref',
]);

/** OpenAPI 3.0 to plain JSON Schema: `nullable` becomes a null type, a discriminator an `anyOf` or conditions. */
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!KEPT.has(key)) continue;
    if (key === '$ref') out.$ref = value.replace('#/components/schemas/', '#/definitions/');
    else if (key === 'example' || key === 'default' || key === 'enum' || key === 'const') out[key] = value;
    else if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    // With its discriminator gone, a oneOf whose branches overlap would refuse valid bodies.
    else if (key === 'oneOf' && node.discriminator) out.anyOf = toJsonSchema(value);
    else out[key] = toJsonSchema(value);
  }
  // A discriminator with a mapping but no oneOf (OauthAccessTokenResponse) is a condition per value.
  if (node.discriminator?.mapping && !node.oneOf && !node.anyOf) {
    const property = node.discriminator.propertyName;
    out.allOf = [
      ...(out.allOf ?? []),
      ...Object.entries(node.discriminator.mapping).map(([value, ref]) => ({
        if: { properties: { [property]: { const: value } }, required: [property] },
        then: { $ref: ref.replace('#/components/schemas/', '#/definitions/') },
      })),
    ];
  }
  // OpenAPI 3.0 writes an exclusive bound as a flag beside `minimum`; JSON Schema as the bound itself.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] && out[bound] !== undefined) out[flag] = out[bound];
    else delete out[flag];
    if (typeof out[flag] === 'number') delete out[bound];
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

function jsonSchemaOf(content) {
  const media = content?.['application/json'] ?? content?.['application/x-www-form-urlencoded'];
  return media?.schema ? toJsonSchema(media.schema) : undefined;
}

const table = [];
const described = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op?.operationId) continue;
    const security = op.security ?? spec.security ?? [];
    const auth = [...new Set(security.flatMap((alternative) => Object.keys(alternative)))];
    const scopes = [...new Set(security.flatMap((alternative) => alternative.pinterest_oauth2 ?? []))];
    table.push([
      op.operationId,
      { method: method.toUpperCase(), path, scopes, auth, rateLimitCategory: op['x-ratelimit-category'] ?? null },
    ]);

    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => (p.$ref ? local(p.$ref, sharedParameters) : p));
    const entry = {};
    const pathParams = params.filter((p) => p.in === 'path').map((p) => [p.name, toJsonSchema(p.schema ?? {})]);
    const query = params.filter((p) => p.in === 'query').map((p) => [p.name, toJsonSchema(p.schema ?? {}), p.required === true]);
    if (pathParams.length) entry.path = pathParams;
    if (query.length) entry.query = query;
    const body = op.requestBody?.$ref ? local(op.requestBody.$ref, requestBodies) : op.requestBody;
    if (body?.content) {
      const form = !body.content['application/json'] && Boolean(body.content['application/x-www-form-urlencoded']);
      entry.body = { schema: jsonSchemaOf(body.content) ?? {}, required: body.required === true, ...(form && { form: true }) };
    }
    entry.responses = {};
    for (const [status, raw] of Object.entries(op.responses ?? {})) {
      const response = raw.$ref ? local(raw.$ref, sharedResponses) : raw;
      const schema = jsonSchemaOf(response?.content);
      entry.responses[status] = schema ?? null;
      const media = response?.content?.['application/json'];
      if (status.startsWith('2') && media?.example !== undefined) (entry.examples ??= {})[status] = media.example;
    }
    described[op.operationId] = entry;
  }
}
table.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const definitions = Object.fromEntries(
  Object.keys(schemas)
    .sort()
    .map((name) => [name, toJsonSchema(schemas[name])]),
);
const oauthScopes = Object.keys(spec.components.securitySchemes.pinterest_oauth2.flows.authorizationCode.scopes);

mkdirSync(join(pkg, 'src', 'generated'), { recursive: true });
writeFileSync(
  join(pkg, 'src', 'generated', 'operations.ts'),
  [
    `// Derived from Pinterest API ${spec.info.version} (its official OpenAPI description) by scripts/gen.mjs; do not edit.`,
    '// Paths are relative to the v5 base URL, as in the description.',
    '',
    `export const DESCRIPTION_VERSION = ${JSON.stringify(spec.info.version)};`,
    '',
    '/** Every OAuth scope of API v5. */',
    `export const DESCRIBED_SCOPES = ${JSON.stringify(oauthScopes)} as const;`,
    '',
    '/** Every v5 operation by its `operationId`. */',
    'export const DESCRIBED_OPERATIONS = {',
    ...table.map(([id, op]) => `  ${JSON.stringify(id)}: ${JSON.stringify(op)},`),
    '} as const;',
    '',
  ].join('\n'),
);
// Requests and responses apart, each with only the schemas it reaches: every v5 request reads the
// first (0.35 MB), only answers built from the description and the tests read the second.
function refsIn(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') found.add(value.slice('#/definitions/'.length));
      else refsIn(value, found);
    }
  }
  return found;
}
function withSchemas(operations) {
  const reached = new Set();
  const queue = [...refsIn(operations)];
  while (queue.length) {
    const name = queue.pop();
    if (reached.has(name)) continue;
    reached.add(name);
    queue.push(...refsIn(definitions[name]));
  }
  const reachedDefinitions = Object.fromEntries([...reached].sort().map((name) => [name, definitions[name]]));
  return JSON.stringify({ version: spec.info.version, operations, definitions: reachedDefinitions }) + '\n';
}
const requests = {};
const responses = {};
for (const [id, { responses: answers, examples, ...request }] of Object.entries(described)) {
  requests[id] = request;
  responses[id] = examples ? { responses: answers, examples } : { responses: answers };
}
mkdirSync(join(pkg, 'description'), { recursive: true });
rmSync(join(pkg, 'description', 'v5.json'), { force: true });
writeFileSync(join(pkg, 'description', 'requests.json'), withSchemas(requests));
writeFileSync(join(pkg, 'description', 'responses.json'), withSchemas(responses));
console.log(`sim: ${table.length} operations, ${Object.keys(definitions).length} schemas (description ${spec.info.version})`);
