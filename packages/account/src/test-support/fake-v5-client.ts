import { createV5Client, type V5Client } from '@pinkit/api-v5';

export type FakeRoute = (url: URL, body: unknown) => unknown;

/**
 * A v5 client over an injected transport that answers by `METHOD /path` and records every call:
 * a route's return value is the JSON answer (`undefined` is a 204), an unknown route a 404.
 */
export function fakeV5Client(routes: Record<string, FakeRoute>): {
  client: V5Client;
  calls: Array<{ method: string; url: URL; body: unknown }>;
} {
  const calls: Array<{ method: string; url: URL; body: unknown }> = [];
  const headers = { 'content-type': 'application/json' };
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    calls.push({ method, url, body });
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return new Response(JSON.stringify({ code: 3, message: 'not found' }), { status: 404, headers });
    const answer = route(url, body);
    return answer === undefined ? new Response(null, { status: 204 }) : new Response(JSON.stringify(answer), { status: 200, headers });
  }) as typeof fetch;
  return { client: createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }), calls };
}
