import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePinterestOptions {
  /** The query the consent page sends back to the redirect URI for an authorize request. */
  consent: (authorize: URLSearchParams) => Record<string, string>;
  tokens: unknown;
}

/** Pinterest's consent page and token endpoints on loopback: the consent page redirects at once. */
export async function startFakePinterest(options: FakePinterestOptions) {
  const authorizeRequests: URLSearchParams[] = [];
  const tokenRequests: Array<{ method: string; path: string; form: URLSearchParams }> = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (url.pathname === '/oauth/') {
        authorizeRequests.push(url.searchParams);
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        for (const [key, value] of Object.entries(options.consent(url.searchParams))) back.searchParams.set(key, value);
        res.writeHead(302, { Location: back.toString() }).end();
      } else {
        tokenRequests.push({ method: req.method ?? '', path: url.pathname, form: new URLSearchParams(raw) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(options.tokens));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizeRequests,
    tokenRequests,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
