import type { Route } from './route.js';

export type RouteMatch =
  { kind: 'found'; route: Route; params: Record<string, string> } | { kind: 'method-not-allowed' } | { kind: 'not-found' };

interface CompiledRoute {
  route: Route;
  segments: readonly string[];
}

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

/**
 * Matches `METHOD /path/{param}` against the route table; trailing slashes are significant (v3
 * uses them). A literal segment wins over a `{param}` one whatever the table's order, as in the
 * description: `/campaigns/analytics` is not the campaign with id "analytics".
 */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => RouteMatch {
  const compiled: CompiledRoute[] = routes
    .map((route) => ({ route, segments: route.path.split('/') }))
    .sort((a, b) => a.segments.filter(isParam).length - b.segments.filter(isParam).length);
  return (method, pathname) => {
    const parts = pathname.split('/');
    let pathMatched = false;
    for (const { route, segments } of compiled) {
      const params = matchSegments(segments, parts);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      pathMatched = true;
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
  };
}

function matchSegments(segments: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] ?? '';
    const part = parts[i] ?? '';
    if (isParam(segment)) {
      if (part === '') return undefined;
      let decoded: string;
      try {
        decoded = decodeURIComponent(part);
      } catch {
        return undefined;
      }
      params[segment.slice(1, -1)] = decoded;
    } else if (segment !== part) {
      return undefined;
    }
  }
  return params;
}
