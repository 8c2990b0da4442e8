// The `@pinkit/api-v5/operations` entry: the generated table alone, so that the OAuth package
// and the simulator can read scopes and operations without loading the client.
import { V5_OPERATIONS, V5_SCOPES } from './generated/operations.js';

export { V5_OPERATIONS, V5_SCOPES };
export { V5_RATE_LIMITS } from './rate-limits.js';
export type { V5Operation } from './operation.js';

/** One of the 19 OAuth scopes of API v5. */
export type V5Scope = (typeof V5_SCOPES)[number]['scope'];
/** An `operationId` of the v5 description, such as `boards/get`. */
export type V5OperationId = keyof typeof V5_OPERATIONS;

const known = new Set<string>(V5_SCOPES.map((s) => s.scope));

/** Whether `scope` is a v5 scope; narrows a user's input. */
export function isV5Scope(scope: string): scope is V5Scope {
  return known.has(scope);
}
