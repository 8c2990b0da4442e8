import { describe, expect, it } from 'vitest';
import { startHostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';
import { readPinkitConfig } from './pinkit-config.js';

const TOKEN = { ACCESS_TOKEN: 'pina_TESTTESTTEST' };

describe('PINKIT_CONNECT_TIMEOUT, PINKIT_HEADERS_TIMEOUT and PINKIT_BODY_TIMEOUT', () => {
  it('are seconds, passed to the transport in milliseconds; unset ones keep its defaults', () => {
    expect(readPinkitConfig({}).transportTimeouts).toEqual({});
    expect(
      readPinkitConfig({ PINKIT_CONNECT_TIMEOUT: '2.5', PINKIT_HEADERS_TIMEOUT: ' 60 ', PINKIT_BODY_TIMEOUT: '3600' }).transportTimeouts,
    ).toEqual({ connectTimeoutMs: 2500, headersTimeoutMs: 60_000, bodyTimeoutMs: 3_600_000 });
  });

  it.each([
    ['PINKIT_CONNECT_TIMEOUT', '0'],
    ['PINKIT_HEADERS_TIMEOUT', '-1'],
    ['PINKIT_BODY_TIMEOUT', '3601'],
    ['PINKIT_BODY_TIMEOUT', '2147484'],
    ['PINKIT_HEADERS_TIMEOUT', '10s'],
    ['PINKIT_CONNECT_TIMEOUT', 'Infinity'],
  ])('%s=%s is refused in one line at start-up, exit 2, nothing sent', async (variable, value) => {
    const server = await startHostileServer((_req, res) => res.end('{}'));
    try {
      const run = await runPinkit(['get-pin', '-p', '1'], { PINTEREST_API_URI: server.url, ...TOKEN, [variable]: value });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`pinkit: ${variable} must be a number of seconds above 0 and at most 3600 (got "${value}").\n`);
      expect(server.requests).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('bound the wait for an answer that never comes, and the message names the limit', async () => {
    const server = await startHostileServer(() => {});
    try {
      const started = Date.now();
      const run = await runPinkit(['get-pin', '-p', '1', '-l', '0'], {
        PINTEREST_API_URI: server.url,
        ...TOKEN,
        PINKIT_HEADERS_TIMEOUT: '0.3',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/no answer from 127\.0\.0\.1:\d+ within 300 ms/);
      // Retried like any failed read, yet far below the 30 s default.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await server.close();
    }
  });
});
