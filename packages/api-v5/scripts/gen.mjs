#!/usr/bin/env node
// Derives what pinkit needs from Pinterest's official OpenAPI description, so that users and
// CI never need the spec itself: the TypeScript types (openapi-typescript), the table of every
// operation (method, path, scopes, rate-limit category, sandbox) with the list of scopes, and
// plain JSON Schemas of every operation's responses (the simulator's tests validate every response
// with ajv).
// Usage: pnpm --filter @pinkit/api-v5 gen [path/to/openapi.json]
import { execFileSync } from 'node:child_process';
import { CHECKED_TYPE, jsonConst } from './json-const.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callsModule } from './calls-table.mjs';
import { sampleInputs } from './sample-inputs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const specPath = resolve(process.argv[2] ?? join(pkg, '..', '..', '..', 'shared', 'pinterest-api', 'v5', 'openapi.json'));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
repairNorway(spec);

/**
 * 5.28's description went through a YAML 1.1 reader somewhere: the country and language code `NO`
 * (Norway, Norwegian) became the boolean `false` in the `Country`, `Language` and
 * `TargetingAdvertiserCountry` enumerations. A `false` in a string enumeration is that `NO`.
 */
function repairNorway(node) {
  if (Array.isArray(node)) return node.forEach(repairNorway);
  if (!node || typeof node !== 'object') return;
  if (node.type === 'string' && Array.isArray(node.enum)) node.enum = node.enum.map((value) => (value === false ? 'NO' : value));
  Object.values(node).forEach(repairNorway);
}

// 1. Types.
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
mkdirSync(join(pkg, 'src', 'generated'), { recursive: true });
// Fields with a default stay optional: request bodies may leave them out (is_standard, privacy...).
const repaired = typesSpec();
try {
  execFileSync(process.execPath, [cli, repaired, '--default-non-nullable', 'false', '-o', join(pkg, 'src', 'generated', 'openapi.ts')], {
    stdio: 'inherit',
  });
} finally {
  rmSync(dirname(repaired), { recursive: true, force: true });
}

/**
 * A property written `allOf: [{ $ref: Union }]` (the description's way to mark `Pin.media`
 * read-only) where Union is a `oneOf` with a discriminator: openapi-typescript renders it as
 * `Omit<Union, "media_type">`, which keeps only the keys common to every member, so neither
 * `media.media_type` nor `media.images` can be read. A plain `$ref` gives the discriminated union.
 */
function unwrapDiscriminatedRefs(copy) {
  const schemas = copy.components.schemas;
  const isUnion = (ref) => {
    const target = schemas[ref?.replace('#/components/schemas/', '')];
    return Boolean(target?.discriminator && target.oneOf);
  };
  for (const schema of Object.values(schemas)) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (property.allOf?.length === 1 && isUnion(property.allOf[0].$ref)) schema.properties[name] = { $ref: property.allOf[0].$ref };
    }
  }
}

/**
 * The rows of the synchronous ads analytics (`[{ AD_ACCOUNT_ID, DATE, SPEND_IN_DOLLAR... }]`) carry
 * one field per requested column; 5.23 said so with `additionalProperties: true`, 5.28 lost it, which
 * would type every row as its id and date alone. A row schema is one whose names are all UPPER_CASE.
 */
function openAnalyticsRows(copy) {
  const schemas = copy.components.schemas;
  for (const item of Object.values(copy.paths)) {
    for (const op of Object.values(item)) {
      const answer = op?.responses?.['200']?.content?.['application/json']?.schema;
      const row = answer?.type === 'array' ? schemas[answer.items?.$ref?.replace('#/components/schemas/', '')] : undefined;
      const names = Object.keys(row?.properties ?? {});
      if (row && names.length > 0 && names.every((name) => /^[A-Z0-9_]+$/.test(name))) row.additionalProperties ??= true;
    }
  }
}

/**
 * The description, with one repair that makes paged responses typed, written to a temporary file
 * for openapi-typescript. Paged responses are `allOf: [Paginated, { items }]`: Paginated says
 * `items` is a required array of `{type: object}` (`Record<string, never>[]`, and intersected with
 * the real item type no field is readable), the other half says what the items are but leaves
 * them optional, and ten of those halves forget `type: array` (which makes them `unknown`). The
 * items move to the half that knows them: required, an array.
 */
function typesSpec() {
  const copy = structuredClone(spec);
  unwrapDiscriminatedRefs(copy);
  openAnalyticsRows(copy);
  // 5.28 writes each page inline (`{ items: T[], bookmark }`), with no Paginated left to repair.
  const paginated = copy.components.schemas.Paginated;
  if (paginated) {
    delete paginated.properties.items;
    paginated.required = (paginated.required ?? []).filter((name) => name !== 'items');
  }
  (function repair(node) {
    if (Array.isArray(node)) return node.forEach(repair);
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.allOf) && node.allOf.some((part) => part.$ref === '#/components/schemas/Paginated')) {
      for (const part of node.allOf) {
        if (!part.properties?.items) continue;
        part.properties.items.type ??= 'array';
        part.required = [...new Set([...(part.required ?? []), 'items'])];
      }
    }
    Object.values(node).forEach(repair);
  })(copy);
  const file = join(mkdtempSync(join(tmpdir(), 'pinkit-gen-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(copy));
  return file;
}

// 2. The operations table: the one place a v5 scope or an operation's scopes are written. The
// OAuth package (scope help), the simulator (403s, the consent page) and the client (pacing by
// rate-limit category) read it.
writeFileSync(join(pkg, 'src', 'generated', 'operations.ts'), operationsModule());
// 2b. Where each operation sits on the client, and the little its call needs at run time.
writeFileSync(join(pkg, 'src', 'generated', 'calls.ts'), callsModule(spec));

// 3. Response schemas of every operation, as plain JSON Schema: OpenAPI 3.0's `nullable` becomes a
// null type, documentation-only keywords go, and only the components the responses reach stay.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'discriminator' || key === 'xml' || key.startsWith('x-')) continue;
    if (key === 'nullable') continue;
    // With its discriminator gone, a oneOf whose branches overlap would reject valid bodies.
    if (key === 'oneOf' && node.discriminator) {
      out.anyOf = toJsonSchema(value);
      continue;
    }
    if (key === '$ref') {
      out.$ref = value.replace('#/components/schemas/', '#/definitions/');
      continue;
    }
    // `properties` maps names to schemas: recurse into each value, keep every name.
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)])) : toJsonSchema(value);
  }
  // A discriminator with a mapping but no oneOf (OauthAccessTokenResponse: a `refresh_token`
  // answer must also be an OauthAccessTokenResponseRefresh) is a condition per mapped value.
  if (node.discriminator?.mapping && !node.oneOf && !node.anyOf) {
    const property = node.discriminator.propertyName;
    const conditions = Object.entries(node.discriminator.mapping).map(([value, ref]) => ({
      if: { properties: { [property]: { const: value } }, required: [property] },
      then: { $ref: ref.replace('#/components/schemas/', '#/definitions/') },
    }));
    out.allOf = [...(out.allOf ?? []), ...conditions];
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

function refsIn(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) found.add(v.slice(21));
      else if (k === 'discriminator' && v?.mapping) Object.values(v.mapping).forEach((ref) => found.add(ref.slice(21)));
      else refsIn(v, found);
    }
  }
  return found;
}

function resolveResponse(response) {
  const ref = response.$ref;
  return ref ? spec.components.responses?.[ref.split('/').pop()] : response;
}

const operations = {};
const roots = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!op.operationId) continue;
    const responses = {};
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      const schema = resolveResponse(response)?.content?.['application/json']?.schema;
      if (!schema) continue;
      responses[status] = toJsonSchema(schema);
      roots.push(schema);
    }
    operations[op.operationId] = { method: method.toUpperCase(), path, responses };
  }
}

const wanted = new Set();
const queue = [...refsIn(roots)];
while (queue.length) {
  const name = queue.pop();
  if (wanted.has(name)) continue;
  wanted.add(name);
  for (const next of refsIn(spec.components.schemas[name])) queue.push(next);
}
const definitions = Object.fromEntries([...wanted].sort().map((n) => [n, toJsonSchema(spec.components.schemas[n])]));

mkdirSync(join(pkg, 'schemas'), { recursive: true });
writeFileSync(
  join(pkg, 'schemas', 'responses.json'),
  JSON.stringify(
    { $comment: `Derived from Pinterest API ${spec.info.version} by scripts/gen.mjs; do not edit.`, operations, definitions },
    null,
    1,
  ) + '\n',
);
console.log(`api-v5: ${Object.keys(operations).length} operations, ${wanted.size} schemas (spec ${spec.info.version})`);

// 3b. One plausible input per operation, for the test that walks every operation through the
// client against the simulator (it lives in tooling/api-walk, which may depend on both).
const walk = join(pkg, '..', '..', 'tooling', 'api-walk');
mkdirSync(walk, { recursive: true });
writeFileSync(
  join(walk, 'operation-samples.json'),
  JSON.stringify(
    {
      $comment: `Derived from Pinterest API ${spec.info.version} by packages/api-v5/scripts/gen.mjs; do not edit.`,
      inputs: sampleInputs(spec),
    },
    null,
    1,
  ) + '\n',
);

// 4. The enumerations that analytics and report attributes are checked against before any request
// (granularity, metrics, columns, levels, formats), as runtime values: types alone cannot refuse a
// user's `--columns SPEND`.
writeFileSync(join(pkg, 'src', 'generated', 'analytics-values.ts'), analyticsValuesModule());

function analyticsValuesModule() {
  const schemas = spec.components.schemas;
  const parameters = spec.components.parameters;
  // 5.28 moved most inline enumerations behind `$ref`s and unions (`QuerymetrictypesItems`, the
  // standard and video Pin metrics): follow both, keeping the first-seen order.
  const enumOf = (schema) => {
    const found = [];
    (function collect(node) {
      if (!node || typeof node !== 'object') return;
      if (node.$ref) return collect(schemas[node.$ref.replace('#/components/schemas/', '')]);
      if (Array.isArray(node.enum)) found.push(...node.enum);
      collect(node.items);
      for (const part of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) collect(part);
    })(schema);
    return found.length > 0 ? [...new Set(found)] : null;
  };
  const values = [
    ['GRANULARITIES', 'Granularity of the ads analytics and reports (`Granularity`).', enumOf(schemas.Granularity)],
    ['USER_ANALYTICS_METRICS', '`metric_types` of user_account/analytics.', enumOf(parameters.query_metric_types.schema)],
    [
      'PIN_ANALYTICS_METRICS',
      '`metric_types` of pins/analytics (standard and video Pin metrics).',
      enumOf(parameters.query_pin_analytics_metric_types.schema),
    ],
    ['APP_TYPES', '`app_types` of the user and Pin analytics.', enumOf(parameters.query_app_types.schema)],
    [
      'ADS_ANALYTICS_COLUMNS',
      '`columns` of the synchronous ads analytics (ad account, campaigns, ad groups, ads).',
      enumOf(parameters.query_columns.schema),
    ],
    ['REPORT_COLUMNS', '`columns` of an asynchronous report (`ReportingColumnAsync`).', enumOf(schemas.ReportingColumnAsync)],
    ['REPORT_LEVELS', '`level` of an asynchronous report (`MetricsReportingLevel`).', enumOf(schemas.MetricsReportingLevel)],
    ['REPORT_FORMATS', '`report_format` of an asynchronous report (`DataOutputFormat`).', enumOf(schemas.DataOutputFormat)],
    ['REPORT_STATUSES', '`report_status` of an asynchronous report (`BulkReportingJobStatus`).', enumOf(schemas.BulkReportingJobStatus)],
    [
      'ATTRIBUTION_WINDOW_DAYS',
      '`click_window_days`, `engagement_window_days`, `view_window_days`.',
      schemas.ConversionAttributionWindowDays.enum,
    ],
    ['CONVERSION_REPORT_TIMES', '`conversion_report_time`.', enumOf(parameters.query_conversion_attribution_conversion_report_time.schema)],
  ];
  const lines = [
    `// Derived from Pinterest API ${spec.info.version} (its official OpenAPI description) by scripts/gen.mjs; do not edit.`,
    '',
  ];
  for (const [name, doc, list] of values) {
    if (!Array.isArray(list) || list.length === 0) throw new Error(`analytics values: no enumeration for ${name}`);
    lines.push(`/** ${doc} */`, `export const ${name} = [`, ...list.map((value) => `  ${JSON.stringify(value)},`), '] as const;', '');
  }
  return lines.join('\n');
}

function operationsModule() {
  const oauth = spec.components.securitySchemes.pinterest_oauth2.flows.authorizationCode.scopes;
  const all = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op.operationId) continue;
      const security = op.security ?? spec.security ?? [];
      const scopes = security.flatMap((alternative) => alternative.pinterest_oauth2 ?? []);
      const auth = [...new Set(security.flatMap((alternative) => Object.keys(alternative)))];
      for (const scope of scopes) if (!(scope in oauth)) throw new Error(`${op.operationId}: unknown scope ${scope}`);
      const category = op['x-ratelimit-category'] ?? null;
      const sandbox = op['x-sandbox'] ?? 'enabled';
      all.push([op.operationId, { method: method.toUpperCase(), path, scopes, auth, rateLimitCategory: category, sandbox }]);
    }
  }
  all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    `// Derived from Pinterest API ${spec.info.version} (its official OpenAPI description) by scripts/gen.mjs; do not edit.`,
    '// Paths are relative to the v5 base URL (https://api.pinterest.com/v5), as in `paths`.',
    "import type { V5Operation } from '../operation.js';",
    '',
    ...CHECKED_TYPE,
    ...jsonConst(
      'V5_SCOPES',
      Object.entries(oauth).map(([scope, description]) => ({ scope, description })),
      { doc: "Every OAuth scope of API v5, with the description Pinterest gives it, in the description's order." },
    ),
    ...jsonConst('V5_OPERATIONS', Object.fromEntries(all), {
      doc: 'Every v5 operation by its `operationId`.',
      shape: 'Readonly<Record<string, V5Operation>>',
    }),
  ].join('\n');
}
