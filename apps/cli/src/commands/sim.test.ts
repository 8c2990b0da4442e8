import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { jsonLines, PINKIT_BIN, runPinkit, TEST_HOME } from '../test-support/run-pinkit.js';

describe('pinkit sim', () => {
  it('prints the environment as export lines first, serves until SIGTERM, then stops cleanly', async () => {
    const child = spawn(process.execPath, [PINKIT_BIN, 'sim', '--port', '0', '--boards', '3', '--latency', '5'], {
      // As runPinkit runs it: the file's own HOME, so the CLI's code cache stays out of the developer's.
      env: { PATH: process.env.PATH, HOME: TEST_HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    while (!stderr.includes('listening on')) {
      const [chunk] = (await Promise.race([once(child.stdout, 'data'), once(child.stderr, 'data').then(() => [''])])) as [Buffer | string];
      stdout += chunk.toString();
    }
    const lines = stdout.trim().split('\n');
    const names = lines.map((line) => /^export ([A-Z0-9_]+)='[^']*'$/.exec(line)?.[1]);
    expect(names).toEqual([
      'PINTEREST_API_URI',
      'PINTEREST_OAUTH_URI',
      'PINTEREST_APP_ID',
      'PINTEREST_APP_SECRET',
      'ACCESS_TOKEN',
      'TARGET_ACCESS_TOKEN',
      'V3_ACCESS_TOKEN',
      'V3_TARGET_ACCESS_TOKEN',
    ]);
    const env = Object.fromEntries(lines.map((line) => /^export ([A-Z0-9_]+)='([^']*)'$/.exec(line)!.slice(1, 3) as [string, string]));
    expect(env.ACCESS_TOKEN).toMatch(/^pina_/);

    const boards = await runPinkit(['get-user-boards', '--json', '-l', '0'], env);
    expect(jsonLines(boards.stdout)).toHaveLength(3);
    const v3Boards = await runPinkit(['get-user-boards', '--json', '-l', '0', '-v', '3', '-a', 'v3_access_token'], env);
    expect(jsonLines(v3Boards.stdout)).toHaveLength(3);

    child.kill('SIGTERM');
    const [code] = await once(child, 'close');
    expect(code).toBe(0);
    expect(stderr).toContain('Simulator stopped.');
  });

  it('rejects a fault rate outside 0..1', async () => {
    const run = await runPinkit(['sim', '--fault-rate', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^pinkit: Invalid value for --fault-rate: expected/);
  });

  it('rejects a latency past a minute, which Node timers would overflow long before it mattered', async () => {
    const run = await runPinkit(['sim', '--latency', '2147483648']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('pinkit: Invalid value for --latency: expected to be at most 60000 (got 2147483648)');
  });

  it.each([
    [['org_wrte=5/min'], /^pinkit: Invalid value for --rate-limit: rateLimits: "org_wrte" is no rate-limit category of API v5; known: /],
    [['org_write=5/hour'], /^pinkit: Invalid value for --rate-limit: rateLimits.org_write must be a number of requests > 0 per minute/],
    [['5/min'], /^pinkit: Invalid value for --rate-limit: expected CATEGORY=N\/min, CATEGORY=N\/s or off \(got 5\/min\)\.$/],
    [['off', 'org_write=5/min'], /^pinkit: --rate-limit off lifts every limit; give it alone\.$/],
  ])('refuses --rate-limit %j with one line and exit 2', async (values, message) => {
    const run = await runPinkit(['sim', ...values.flatMap((value) => ['--rate-limit', value])]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(message);
  });
});
