import { V5_CALL_INPUTS, V5_OPERATION_IDS, V5_OPERATIONS, type V5CallInput } from '@pinkit/api-v5/operations';
import { editDistance } from '../help/edit-distance.js';
import { InputError } from '../output/describe-error.js';

/** A v5 operation as `pinkit api` sends it: its row of the table and what its inputs are. */
export interface ResolvedOperation {
  readonly id: string;
  readonly method: string;
  /** The template, relative to /v5: `/boards/{board_id}`. */
  readonly path: string;
  readonly scopes: readonly string[];
  readonly inputs: V5CallInput;
  /** Path values already in a raw path (`GET /v5/boards/123` gives `board_id: 123`). */
  readonly params: Readonly<Record<string, string>>;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export function isMethod(word: string): boolean {
  return METHODS.has(word.toUpperCase());
}

function row(id: string, params: Record<string, string> = {}): ResolvedOperation {
  const operation = (V5_OPERATIONS as Record<string, { method: string; path: string; scopes: readonly string[] }>)[id]!;
  const inputs = (V5_CALL_INPUTS as Record<string, V5CallInput>)[id]!;
  return { id, method: operation.method, path: operation.path, scopes: operation.scopes, inputs, params };
}

/** The three operation ids closest to `wanted`. */
export function closestOperations(wanted: string): string[] {
  return [...V5_OPERATION_IDS]
    .map((id) => [id, editDistance(wanted.toLowerCase(), id)] as const)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => id);
}

/** An `operationId` of the table (`boards/get`), or exit 2 naming the closest ones. */
export function operationById(id: string): ResolvedOperation {
  if (Object.hasOwn(V5_OPERATIONS, id)) return row(id);
  throw new InputError(`Unknown operation ${JSON.stringify(id)}; closest: ${closestOperations(id).join(', ')}.`);
}

// A literal segment matches only itself; a placeholder one segment of anything.
function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const value = got[index]!;
    const placeholder = /^\{(\w+)\}$/.exec(segment);
    if (placeholder) {
      if (value === '') return undefined;
      params[placeholder[1]!] = decodeURIComponent(value);
    } else if (segment !== value) return undefined;
  }
  return params;
}

/**
 * The operation behind `METHOD /v5/path` (ids filled in or left as `{placeholders}`): the one whose
 * template has the most literal segments wins, so `/boards/{board_id}` does not take `/boards/sections`.
 */
export function operationByRoute(method: string, rawPath: string): ResolvedOperation {
  const path = rawPath.replace(/^\/v5(?=\/)/, '').replace(/\/+$/, '');
  let best: { id: string; params: Record<string, string>; literal: number } | undefined;
  for (const [id, operation] of Object.entries(V5_OPERATIONS as Record<string, { method: string; path: string }>)) {
    if (operation.method !== method.toUpperCase()) continue;
    const params = operation.path === path ? {} : matchTemplate(operation.path, path);
    if (!params) continue;
    // `{board_id}` typed literally keeps the placeholder: it is filled from -f/-F/-q later.
    for (const [name, value] of Object.entries(params)) if (value === `{${name}}`) delete params[name];
    const literal = operation.path.split('/').filter((segment) => !segment.startsWith('{')).length;
    if (!best || literal > best.literal) best = { id, params, literal };
  }
  if (best) return row(best.id, best.params);
  throw new InputError(
    `No v5 operation is ${method.toUpperCase()} ${rawPath}; closest: ${closestOperations(path.replace(/^\//, '')).join(', ')}.`,
  );
}
