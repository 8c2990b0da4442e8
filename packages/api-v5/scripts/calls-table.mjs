// The client's generated calls, derived from the description by gen.mjs: where each operation
// sits on the client (`items_batch/post` -> `client.itemsBatch.post`) and the
// little a call needs at run time (its parameter names, the body's encoding, whether it pages).
// Types stay in openapi.ts, which nothing loads at run time.
import { CHECKED_TYPE, jsonConst } from './json-const.mjs';

/**
 * Areas that would collide with a hand-written area of another meaning: the description's
 * `reports/*` are catalog reports (/catalogs/reports), and `client.reports` has been the ads
 * reports since pinkit 0.1.
 */
const AREA_RENAMES = { reports: 'catalogsReports' };

const camel = (text) => text.replace(/[_\-/]+([a-zA-Z0-9])/g, (_match, next) => next.toUpperCase());

/**
 * `area/name` camelCased; a longer id (`user_account/analytics/top_pins`) joins the rest into the
 * name (`userAccount.analyticsTopPins`); an id without a slash (`get_campaign_delivery_estimates`)
 * takes its area from the path's first segment (`adAccounts.getCampaignDeliveryEstimates`).
 */
export function callName(operationId, path) {
  const slash = operationId.indexOf('/');
  const area = slash < 0 ? camel(path.split('/')[1]) : camel(operationId.slice(0, slash));
  const name = camel(slash < 0 ? operationId : operationId.slice(slash + 1));
  return { area: AREA_RENAMES[area] ?? area, name };
}

function resolver(spec) {
  return (node) => {
    for (let hops = 0; node?.$ref && hops < 20; hops += 1) {
      const [, , kind, name] = node.$ref.split('/');
      node = spec.components[kind]?.[name];
    }
    return node;
  };
}

/** Whether an answer schema is a bookmark page: `{ items: [...], bookmark }`. */
function isPage(schema, resolve) {
  const parts = [schema, ...(schema?.allOf ?? [])].map(resolve);
  const names = new Set(parts.flatMap((part) => Object.keys(part?.properties ?? {})));
  return names.has('items') && names.has('bookmark');
}

export function callsModule(spec) {
  const resolve = resolver(spec);
  const areas = {};
  const inputs = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const op of Object.values(item)) {
      if (!op?.operationId) continue;
      const { area, name } = callName(op.operationId, path);
      areas[area] ??= {};
      if (areas[area][name]) throw new Error(`${op.operationId} and ${areas[area][name]} are both ${area}.${name}`);
      areas[area][name] = op.operationId;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const names = (where) => parameters.filter((p) => p.in === where).map((p) => p.name);
      const required = parameters.filter((p) => p.required || p.in === 'path').map((p) => p.name);
      const content = Object.keys(resolve(op.requestBody)?.content ?? {});
      const body = content.length === 0 ? 'none' : content.includes('application/json') ? 'json' : 'form';
      const answer = resolve(resolve(op.responses?.['200'] ?? op.responses?.['201'])?.content?.['application/json']?.schema);
      const paged = names('query').includes('bookmark') && isPage(answer, resolve);
      inputs.push([
        op.operationId,
        { path: names('path'), query: names('query'), required, body, bodyRequired: Boolean(op.requestBody?.required), paged },
      ]);
    }
  }
  const sortedKeys = (object) => Object.keys(object).sort();
  const calls = Object.fromEntries(
    sortedKeys(areas).map((area) => [area, Object.fromEntries(sortedKeys(areas[area]).map((name) => [name, areas[area][name]]))]),
  );
  inputs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [
    `// Derived from Pinterest API ${spec.info.version} (its official OpenAPI description) by scripts/gen.mjs; do not edit.`,
    "import type { V5CallInput } from '../call-input.js';",
    '',
    ...CHECKED_TYPE,
    ...jsonConst('V5_CALLS', calls, {
      doc: 'Every v5 operation as a client call, by area and name: `client.itemsBatch.post` calls `items_batch/post`.',
    }),
    ...jsonConst('V5_CALL_INPUTS', Object.fromEntries(inputs), {
      doc: 'What each operation takes: parameter names, the required ones, the body, and whether it pages by bookmark.',
      shape: 'Readonly<Record<string, V5CallInput>>',
    }),
  ];
  return lines.join('\n');
}
