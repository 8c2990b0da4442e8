import { DESCRIBED_OPERATIONS as V5_OPERATIONS } from '../generated/operations.js';
import type { AppOperationRoute, OperationRoute, Route, RouteEntry } from './route.js';

/**
 * What the pipeline serves for a table entry. A v5 operation takes its method, its path (`/v5`
 * before the description's) and its scopes from the derived description (`DESCRIBED_OPERATIONS`), so they are never restated;
 * it writes unless it is a GET, or unless the entry says otherwise.
 *
 * A user's operation spends its `x-ratelimit-category`. The token endpoints (`oauth/token`,
 * `token/revoke`, and v3's, which states its own entry) are the app's calls with its secret, made
 * for no user: per-user quotas cannot apply, and a limit there would only make sign-in flaky, so
 * they are left unlimited. So is the upload URL, which is Amazon S3's in real Pinterest, not the API's.
 */
export function resolveRoute(entry: RouteEntry): Route {
  if (entry.operation === undefined) return entry;
  const operation = V5_OPERATIONS[entry.operation];
  const served = {
    method: operation.method,
    path: `/v5${operation.path}`,
    write: entry.write ?? operation.method !== 'GET',
    ...(entry.formatError && { formatError: entry.formatError }),
  };
  if (isAppOperation(entry)) return { ...served, auth: 'basic', handle: entry.handle };
  const category = operation.rateLimitCategory;
  return {
    ...served,
    auth: 'bearer',
    scopes: operation.scopes,
    operationId: entry.operation,
    ...(category ? { rateLimitCategory: category } : {}),
    handle: entry.handle,
  };
}

function isAppOperation(entry: OperationRoute): entry is AppOperationRoute {
  return (V5_OPERATIONS[entry.operation].auth as readonly string[]).includes('basic');
}
