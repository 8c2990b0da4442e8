import { apiVersion, type ApiVersion } from './api-version.js';
import { V3_SCOPES, V3_SCOPES_DOC_URL } from './v3-scopes.js';
import type { ScopeInfo } from './scope-info.js';
import { V5_SCOPES, V5_SCOPES_DOC_URL } from './v5-scopes.js';

function row(info: ScopeInfo, width: number): string {
  return `  ${info.scope.padEnd(width)} ${info.description}`;
}

function v5Groups(): ScopeInfo[][] {
  const groups = new Map<string, ScopeInfo[]>();
  for (const info of V5_SCOPES) {
    const resource = info.scope.split(':')[0] ?? '';
    groups.set(resource, [...(groups.get(resource) ?? []), info]);
  }
  return [...groups.values()];
}

// The quickstart's v3 help shows organic scopes, then ads and catalog scopes, then composites.
function v3Groups(): ScopeInfo[][] {
  const granular = V3_SCOPES.filter((info) => !info.composite);
  const firstAds = granular.findIndex((info) => info.scope === 'read_advertisers');
  return [granular.slice(0, firstAds), granular.slice(firstAds)];
}

/**
 * The lines `--scopes help` prints for an API version, in the quickstart's layout: a heading, the
 * scopes grouped with their descriptions, and where to read more. Nothing is printed here.
 */
export function formatScopeHelp(versionInput: ApiVersion): string[] {
  const version = apiVersion(versionInput);
  const all = version === '5' ? V5_SCOPES : V3_SCOPES;
  const width = Math.max(...all.map((info) => info.scope.length));
  const lines = [`Valid OAuth 2.0 scopes for Pinterest API version v${version}:`];
  const groups = version === '5' ? v5Groups() : v3Groups();
  groups.forEach((group, index) => {
    if (index > 0) lines.push('');
    lines.push(...group.map((info) => row(info, width)));
  });
  if (version === '3') {
    lines.push('', '  Composite scopes...', ...V3_SCOPES.filter((info) => info.composite).map((info) => row(info, width)));
  }
  lines.push('', 'For more information, see:', `  ${version === '5' ? V5_SCOPES_DOC_URL : V3_SCOPES_DOC_URL}`);
  return lines;
}
