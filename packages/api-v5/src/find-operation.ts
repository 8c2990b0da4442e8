import { UnknownOperationError } from './errors.js';
import { V5_OPERATIONS } from './generated/operations.js';
import type { V5Operation } from './operation.js';

/** One row of `V5_OPERATIONS` with its `operationId`. */
export interface V5OperationInfo extends V5Operation {
  readonly id: string;
}

let index: { byId: Map<string, V5OperationInfo>; byRoute: Map<string, V5OperationInfo> } | undefined;

/** Both lookups, made on the first one rather than at load. */
function operationIndex(): NonNullable<typeof index> {
  if (index) return index;
  const byId = new Map<string, V5OperationInfo>(Object.entries(V5_OPERATIONS).map(([id, operation]) => [id, { id, ...operation }]));
  // Paths in the table are relative to /v5; routes, like the documentation, spell it out.
  const byRoute = new Map<string, V5OperationInfo>(
    [...byId.values()].map((operation) => [`${operation.method} /v5${operation.path}`, operation]),
  );
  index = { byId, byRoute };
  return index;
}

/**
 * The operation behind an `operationId` (`boards/get`) or a route (`GET /v5/boards/{board_id}`,
 * with the path template as the description writes it), for its method, path, scopes and
 * rate-limit category.
 */
export function findOperation(key: string): V5OperationInfo {
  const { byId, byRoute } = operationIndex();
  const operation = byId.get(key) ?? byRoute.get(key);
  if (!operation) throw new UnknownOperationError(key);
  return operation;
}
