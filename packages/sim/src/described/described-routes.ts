import type { RouteEntry, V5OperationId, V5UserOperationId } from '../core/route.js';
import { DESCRIBED_OPERATIONS } from '../generated/operations.js';
import { describedAnswer } from './described-answer.js';

const isUserOperation = (id: V5OperationId): id is V5UserOperationId =>
  !(DESCRIBED_OPERATIONS[id].auth as readonly string[]).includes('basic');

/**
 * A route for every v5 operation of the description that `modelled` does not serve, answered
 * from the description: so the table covers the whole API, and a new release's operations are
 * served (and listed by the spec-drift test) as soon as `pnpm gen` derives them.
 */
export function describedRoutes(modelled: readonly RouteEntry[]): RouteEntry[] {
  const served = new Set(modelled.flatMap((entry) => (entry.operation === undefined ? [] : [entry.operation])));
  return (Object.keys(DESCRIBED_OPERATIONS) as V5OperationId[])
    .filter((id) => !served.has(id))
    .filter(isUserOperation)
    .map((operation) => ({ operation, handle: describedAnswer(operation) }));
}
