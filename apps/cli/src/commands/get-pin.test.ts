import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Pin } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let pin: Pin;
beforeAll(async () => {
  sim = await startSimulator();
  const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const board of pinterest.boards.list()) {
    for await (const candidate of pinterest.boards.listPins(board.id as string)) {
      pin = candidate;
      break;
    }
    if (pin) break;
  }
});
afterAll(() => sim.stop());

describe('pinkit get-pin', () => {
  it('prints a summary of the pin', async () => {
    const run = await runPinkit(['get-pin', '-p', pin.id as string], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Pin ${pin.id}: ${pin.title}`);
    expect(run.stdout).toContain(`board: ${pin.board_id}`);
    expect(run.stderr).toMatch(new RegExp(`GET ${sim.url}/v5/pins/${pin.id} -> 200`));
  });

  it('prints the whole pin as one JSON line with --json', async () => {
    const run = await runPinkit(['get-pin', '--pin-id', pin.id as string, '--json', '-l', '0'], sim.env());
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([JSON.parse(JSON.stringify(pin))]);
    expect(run.stderr).toBe('');
  });

  it('reports an unknown pin in one line with the request id and exits 1', async () => {
    const run = await runPinkit(['get-pin', '-p', '999999999999'], sim.env());
    expect(run.code).toBe(1);
    const errorLines = run.stderr.split('\n').filter((line) => line.startsWith('pinkit:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(
      /^pinkit: Not found - check the id; Pinterest reads by id only your own pins .*404.*\(request id [0-9a-f]+\)$/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a pin id that would name another endpoint, without calling Pinterest', async () => {
    const run = await runPinkit(['get-pin', '-p', '../boards'], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: pins/get: pin_id "../boards" cannot contain "/" or "\\" (it is one path segment).\n');
  });

  it('asks for the pin id', async () => {
    const run = await runPinkit(['get-pin'], sim.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: Missing -p/--pin-id: which pin to show.\n');
    expect(run.stdout).toBe('');
  });

  it('says how to get a token when none is set, stored, or obtainable', async () => {
    const { ACCESS_TOKEN: _t, PINTEREST_APP_ID: _i, PINTEREST_APP_SECRET: _s, ...env } = sim.env();
    const run = await runPinkit(['get-pin', '-p', pin.id as string, '--token-store', 'file'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'pinkit: No access token named "access_token": set ACCESS_TOKEN, run "pinkit get-access-token -w -a access_token", ' +
        'or set PINTEREST_APP_ID and PINTEREST_APP_SECRET to sign in (for a local trial, "pinkit sim" prints all of these).\n',
    );
  });

  it('says the host cannot be reached instead of hanging or printing a stack', async () => {
    const closed = await startSimulator();
    await closed.stop();
    const run = await runPinkit(['get-pin', '-p', '1'], { ...sim.env(), PINTEREST_API_URI: closed.url });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pinkit: Cannot reach Pinterest: .*connection refused\. Check PINTEREST_API_URI/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the stack trace only at log level 3', async () => {
    const run = await runPinkit(['get-pin', '-p', '999999999999', '-l', '3'], sim.env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('goes through HTTP_PROXY, and straight to a host NO_PROXY names', async () => {
    // A forward proxy as corporate networks run them: plain-http requests arrive with absolute URLs.
    const proxied: string[] = [];
    const proxy: Server = createServer((req, res) => {
      proxied.push(`${req.method} ${req.url}`);
      const upstream = request(req.url ?? '', { method: req.method ?? 'GET', headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const viaProxy = await runPinkit(['get-pin', '-p', pin.id as string, '-l', '0'], { ...sim.env(), HTTP_PROXY: proxyUrl });
      expect(viaProxy.code).toBe(0);
      expect(proxied).toEqual([`GET ${sim.url}/v5/pins/${pin.id}`]);
      const direct = await runPinkit(['get-pin', '-p', pin.id as string, '-l', '0'], {
        ...sim.env(),
        http_proxy: proxyUrl,
        NO_PROXY: '127.0.0.1',
      });
      expect(direct.code).toBe(0);
      expect(proxied).toHaveLength(1);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
