import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArgumentError } from '@pinkit/arguments';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError, TransportTimeoutError } from './errors.js';
import { createHttpClient } from './http-client.js';
import { createNodeFetch } from './node-fetch.js';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A server that accepts every request and never answers. */
async function silentServer(): Promise<string> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => (server.closeAllConnections(), server.close()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('transport timeouts set by the caller', () => {
  it("reach the client's default transport and name the phase and the limit", async () => {
    const http = createHttpClient({ baseUrl: await silentServer(), retry: false, transportTimeouts: { headersTimeoutMs: 120 } });
    const started = Date.now();
    const error = await http.request('GET', '/v5/pins/1', { auth: 'none' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/no answer from 127.0.0.1:\d+ within 120 ms/);
    expect((error as NetworkError).cause).toBeInstanceOf(TransportTimeoutError);
    expect((error as NetworkError).cause).toMatchObject({ phase: 'headers', timeoutMs: 120 });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each([
    ['connectTimeoutMs', 0],
    ['headersTimeoutMs', -5],
    ['bodyTimeoutMs', Number.NaN],
    ['bodyTimeoutMs', 2 ** 31],
  ])('refuse %s of %d, which setTimeout would turn into no wait at all', (name, value) => {
    expect(() => createNodeFetch({ proxyEnv: {}, [name]: value })).toThrow(
      new RegExp(`^createNodeFetch: options.${name} must be a finite number from 1 to 2147483647,`),
    );
    expect(() => createHttpClient({ baseUrl: 'http://x.test', transportTimeouts: { [name]: value } })).toThrow(ArgumentError);
  });
});
