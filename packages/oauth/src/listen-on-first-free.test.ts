import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidRedirectUriError, RedirectPortBusyError, RedirectPortsBusyError } from './errors.js';
import { listenOnFirstFree, splitRedirectUris } from './listen-on-first-free.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function busyPort(): Promise<number> {
  const server: Server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('splitRedirectUris', () => {
  it('reads one URI or a comma-separated list, ignoring blanks and spaces', () => {
    expect(splitRedirectUris('http://localhost:8085/')).toEqual(['http://localhost:8085/']);
    expect(splitRedirectUris(' http://localhost:8085/ , ,http://localhost:8086/')).toEqual([
      'http://localhost:8085/',
      'http://localhost:8086/',
    ]);
  });
});

describe('listenOnFirstFree', () => {
  it('skips a busy port and listens on the next URI, whose address it reports', async () => {
    const taken = await busyPort();
    const free = await freePort();
    const listener = await listenOnFirstFree([`http://localhost:${taken}/`, `http://localhost:${free}/`], { expectedState: 's' });
    cleanups.push(() => listener.close());
    expect(listener.url).toBe(`http://localhost:${free}/`);
  });

  it('names every URI when all ports are busy, and the single error when there is one', async () => {
    const uris = [`http://localhost:${await busyPort()}/`, `http://localhost:${await busyPort()}/`];
    const error = await listenOnFirstFree(uris, { expectedState: 's' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectPortsBusyError);
    expect((error as Error).message).toBe(
      `Every redirect port is in use (${uris.join(', ')}), so the OAuth redirect cannot be received. ` +
        'Stop a program that uses one of them, or add another redirect URI to PINTEREST_REDIRECT_URI ' +
        "and to your app's settings on developers.pinterest.com.",
    );
    await expect(listenOnFirstFree(uris.slice(0, 1), { expectedState: 's' })).rejects.toBeInstanceOf(RedirectPortBusyError);
  });

  it('stops at a URI that cannot be a loopback listener instead of trying the rest', async () => {
    const free = await freePort();
    await expect(
      listenOnFirstFree(['https://example.com/callback', `http://localhost:${free}/`], { expectedState: 's' }),
    ).rejects.toBeInstanceOf(InvalidRedirectUriError);
    await expect(listenOnFirstFree([], { expectedState: 's' })).rejects.toBeInstanceOf(InvalidRedirectUriError);
  });
});
