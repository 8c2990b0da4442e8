export { isV3Scope, V3_SCOPES } from './v3-scopes.js';
export type { V3Scope, V3ScopeInfo } from './v3-scopes.js';
