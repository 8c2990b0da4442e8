import { grantedV3Scopes, V3_SCOPES } from '@pinkit/api-v3';
import { V5_SCOPES } from '@pinkit/api-v5/operations';

// The scopes are written once: v5's in the table generated from the official description, v3's in
// @pinkit/api-v3 (the quickstart's list; v3 has no description). This module only reads them.

/** Every v5 scope: what a code without scopes, and each seeded token, is granted. */
export const ALL_V5_SCOPES: readonly string[] = V5_SCOPES.map((info) => info.scope);

/** Every v3 scope, composites included: what a v3 exchange of a code without scopes grants. */
export const ALL_V3_SCOPES: readonly string[] = V3_SCOPES.map((info) => info.scope);

const DESCRIPTIONS: ReadonlyMap<string, string> = new Map([...V5_SCOPES, ...V3_SCOPES].map((info) => [info.scope, info.description]));

/** What a v5 or v3 scope lets the app do, as the consent page shows it; undefined for a scope neither version has. */
export function describeScope(scope: string): string | undefined {
  return DESCRIPTIONS.get(scope);
}

/** Every scope a token's scopes grant: v3 composites (`read_organic`) stand for the granular scopes they include. */
export function grantedScopes(scopes: readonly string[]): readonly string[] {
  return grantedV3Scopes(scopes);
}
