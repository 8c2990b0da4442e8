// The data-only entry: the scope table, without loading the v3 client.
import { V3_SCOPES as QUICKSTART_V3_SCOPES } from '@pinkit/api-v3/scopes';
import type { ScopeInfo } from './scope-info.js';

/** The 26 v3 scopes with the composites last, as `@pinkit/api-v3/scopes` lists them (v3 has no description). */
export const V3_SCOPES: readonly ScopeInfo[] = QUICKSTART_V3_SCOPES;

export const V3_SCOPES_DOC_URL = 'https://developers.pinterest.com/docs/redoc/#section/User-Authorization/OAuth-scopes';
