import { UnknownOperationError } from './errors.js';
import { V5_OPERATIONS } from './generated/operations.js';
import type { V5Operation } from './operation.js';

/** One row of `V5_OPERATIONS` with its `operationId`. */
export interface V5OperationInfo extends V5Operation {
  readonly id: string;
}

const table: Readonly<Record<string, V5Operation>> = V5_OPERATIONS;
const byId = new Map<string, V5OperationInfo>();
let byRoute: Map<string, string> | undefined;

/** The row of `id` with its id, made when first asked for: a run looks up a handful of the 266. */
function byOperationId(id: string): V5OperationInfo | undefined {
  let operation = byId.get(id);
  if (!operation && Object.hasOwn(table, id)) {
    operation = { id, ...table[id]! };
    byId.set(id, operation);
  }
  return operation;
}

/** The id of a route; the index of routes is made on the first lookup by route. */
function routeId(route: string): string | undefined {
  // Paths in the table are relative to /v5; routes, like the documentation, spell it out.
  byRoute ??= new Map(Object.entries(table).map(([id, operation]) => [`${operation.method} /v5${operation.path}`, id]));
  return byRoute.get(route);
}

/**
 * The operation behind an `operationId` (`boards/get`) or a route (`GET /v5/boards/{board_id}`,
 * with the path template as the description writes it), for its method, path, scopes and
 * rate-limit category.
 */
export function findOperation(key: string): V5OperationInfo {
  const operation = byOperationId(key) ?? byOperationId(routeId(key) ?? '');
  if (!operation) throw new UnknownOperationError(key);
  return operation;
}
