import { once } from 'node:events';
import { createServer as createTcpServer, connect, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidRedirectUriError, OAuthError, OAuthTimeoutError, RedirectPortBusyError } from './errors.js';
import { listenForRedirect, type RedirectListener } from './redirect-listener.js';

const STATE = 'state-for-lifecycle-tests';
const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function listen(options: { redirectUri?: string; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<RedirectListener> {
  const listener = await listenForRedirect({ redirectUri: 'http://localhost:0/', expectedState: STATE, ...options });
  cleanups.push(() => listener.close());
  return listener;
}

async function occupyPort(host: string): Promise<{ server: Server; port: number }> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { server, port: (server.address() as AddressInfo).port };
}

async function ipv6Available(): Promise<boolean> {
  const server = createTcpServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

describe('listenForRedirect: lifecycle', () => {
  it('times out with a message that says what to do', async () => {
    const { result } = await listen({ timeoutMs: 50 });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthTimeoutError);
    expect((error as Error).message).toBe('No answer from the browser within 50 ms; run the command again, or raise --timeout.');
  });

  it('words the default timeout in minutes', () => {
    expect(new OAuthTimeoutError(300_000).message).toBe(
      'No answer from the browser within 5 minutes; run the command again, or raise --timeout.',
    );
  });

  it('fails at once on a busy port, naming the port and PINTEREST_REDIRECT_URI', async () => {
    const { port } = await occupyPort('127.0.0.1');
    const error = await listenForRedirect({ redirectUri: `http://localhost:${port}/`, expectedState: STATE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectPortBusyError);
    expect(error).toMatchObject({ port, code: 'EADDRINUSE' });
    expect((error as Error).message).toContain(`Port ${port}`);
    expect((error as Error).message).toContain('PINTEREST_REDIRECT_URI');
  });

  it('fails on a port busy on ::1 too, since a browser may send localhost there', async () => {
    if (!(await ipv6Available())) return;
    const { port } = await occupyPort('::1');
    await expect(listenForRedirect({ redirectUri: `http://localhost:${port}/`, expectedState: STATE })).rejects.toMatchObject({
      name: 'RedirectPortBusyError',
      host: '::1',
    });
    // The IPv4 socket bound before the failure was released again.
    const again = await occupyPort('127.0.0.1');
    expect(again.port).toBeGreaterThan(0);
  });

  it('closes idle browser connections and stops accepting once the callback is handled', async () => {
    const { url, port, result } = await listen();
    const idle = connect(port, '127.0.0.1');
    await once(idle, 'connect');
    const closed = once(idle, 'close');
    await fetch(`${url}?code=c&state=${STATE}`, { redirect: 'manual' });
    await result;
    await closed;
    await expect(fetch(url)).rejects.toThrow();
  });

  it('frees the port when closed before the browser came back, rejecting the pending result', async () => {
    const listener = await listenForRedirect({ redirectUri: 'http://127.0.0.1:0/', expectedState: STATE });
    await listener.close();
    await expect(listener.result).rejects.toBeInstanceOf(OAuthError);
    const again = await listenForRedirect({ redirectUri: `http://127.0.0.1:${listener.port}/`, expectedState: STATE });
    await again.close();
  });

  it('stops when the signal aborts, with the signal reason', async () => {
    const controller = new AbortController();
    const { result } = await listen({ signal: controller.signal });
    controller.abort(new Error('user pressed Ctrl-C'));
    await expect(result).rejects.toThrow('user pressed Ctrl-C');
  });

  it('serves [::1] redirect URIs on IPv6 only', async () => {
    if (!(await ipv6Available())) return;
    const { port, result } = await listen({ redirectUri: 'http://[::1]:0/' });
    expect((await fetch(`http://[::1]:${port}/?code=six&state=${STATE}`)).status).toBe(200);
    await expect(result).resolves.toEqual({ code: 'six' });
  });

  it.each([
    ['https://localhost:8085/', /only http:\/\/ loopback/],
    ['http://example.com:8085/', /must be localhost, 127.0.0.1 or \[::1\]/],
    ['http://0.0.0.0:8085/', /must be localhost/],
    ['not a url', /not a URL/],
  ])('refuses the redirect URI %s', async (redirectUri, message) => {
    const error = await listenForRedirect({ redirectUri, expectedState: STATE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRedirectUriError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('PINTEREST_REDIRECT_URI');
  });
});
