import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PINKIT_BIN, runPinkit, TEST_HOME } from '../test-support/run-pinkit.js';

describe('pinkit sim --report-outcome', () => {
  it('makes the reports of the simulator it starts end as told', async () => {
    const child = spawn(process.execPath, [PINKIT_BIN, 'sim', '--port', '0', '--report-outcome', 'expired'], {
      // As runPinkit runs it: the file's own HOME, so the CLI's code cache stays out of the developer's.
      env: { PATH: process.env.PATH, HOME: TEST_HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      while (!stderr.includes('listening on')) await once(child.stderr, 'data');
      const env = Object.fromEntries(
        [...stdout.matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)].map((match) => [match[1] ?? '', match[2] ?? ''] as [string, string]),
      );
      const accounts = await fetch(`${env.PINTEREST_API_URI}/v5/ad_accounts`, { headers: { authorization: `Bearer ${env.ACCESS_TOKEN}` } });
      const adAccountId = ((await accounts.json()) as { items: Array<{ id: string }> }).items[0]?.id ?? '';
      const run = await runPinkit(['ads-report', '--ad-account-id', adAccountId, '-l', '0'], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('pinkit: The report ended EXPIRED');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'close');
    }
  });

  it('refuses an outcome it does not know', async () => {
    const run = await runPinkit(['sim', '--report-outcome', 'done']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^pinkit: Invalid value for --report-outcome: expected one of "finished", "failed"/);
  });
});
