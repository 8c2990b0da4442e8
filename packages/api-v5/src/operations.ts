// The `@pinkit/api-v5/operations` entry: the generated table alone, so that the OAuth package
// and the simulator can read scopes and operations without loading the client.
import { V5_CALL_INPUTS, V5_CALLS } from './generated/calls.js';
import { V5_OPERATIONS, V5_SCOPES } from './generated/operations.js';

export { V5_CALL_INPUTS, V5_CALLS, V5_OPERATIONS, V5_SCOPES };
export type { V5CallInput } from './call-input.js';
export { V5_RATE_LIMITS } from './rate-limits.js';
export type { V5Operation } from './operation.js';

/** One of the 19 OAuth scopes of API v5. */
export type V5Scope = (typeof V5_SCOPES)[number]['scope'];
/** An `operationId` of the v5 description, such as `boards/get`. */
export type V5OperationId = keyof typeof V5_OPERATIONS;

/**
 * Every `operationId` of the description, sorted: what a client, a simulator or a CLI that claims
 * the whole API must know. Their tests compare against it, so a new description is one
 * `pnpm gen` and a failing list of what to add.
 */
export const V5_OPERATION_IDS: readonly V5OperationId[] = Object.freeze(Object.keys(V5_OPERATIONS).sort() as V5OperationId[]);

const known = new Set<string>(V5_SCOPES.map((s) => s.scope));

/** Whether `scope` is a v5 scope; narrows a user's input. */
export function isV5Scope(scope: string): scope is V5Scope {
  return known.has(scope);
}
