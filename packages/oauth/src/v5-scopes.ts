import { V5_SCOPES as OFFICIAL_V5_SCOPES } from '@pinkit/api-v5/operations';
import type { ScopeInfo } from './scope-info.js';

/**
 * The 19 scopes of `components.securitySchemes.pinterest_oauth2` in Pinterest's v5 OpenAPI
 * description, with its descriptions, in its order: the generated table of `@pinkit/api-v5`.
 */
export const V5_SCOPES: readonly ScopeInfo[] = OFFICIAL_V5_SCOPES;

/** What the quickstart asks for when no scopes are given: enough to read the user, pins and boards. */
export const DEFAULT_V5_SCOPES: readonly string[] = ['user_accounts:read', 'pins:read', 'boards:read'];

export const V5_SCOPES_DOC_URL = 'https://developers.pinterest.com/docs/getting-started/scopes/';
