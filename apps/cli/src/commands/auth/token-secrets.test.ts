import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../../test-support/run-pinkit.js';
import { signedOutEnv } from '../../test-support/sign-in.js';

let sim: Simulator;
let env: Record<string, string>;
beforeAll(async () => {
  sim = await startSimulator();
  env = await signedOutEnv(sim);
  const first = await runPinkit(['get-access-token', '-c', '-w', '--token-store', 'file', '-l', '0'], env);
  expect(first.code, first.stderr).toBe(0);
});
afterAll(() => sim.stop());

function storedSecrets(): string[] {
  const record = JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR!, 'access_token.json'), 'utf8'));
  return [record.access_token, record.refresh_token, env.PINTEREST_APP_SECRET!].filter(Boolean);
}

describe('secrets in output', () => {
  it.each(['0', '1', '2', '3'])('never shows a token or the app secret at log level %s without --cleartext', async (level) => {
    const runs = [
      await runPinkit(['get-access-token', '-c', '-w', '--token-store', 'file', '-l', level], env),
      await runPinkit(['get-user-boards', '--token-store', 'file', '-l', level], env),
      await runPinkit(['auth', 'status', '--token-store', 'file', '--json', '-l', level], env),
    ];
    const secrets = storedSecrets();
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      for (const secret of secrets) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
    }
    if (level === '3') expect(runs[1]!.stderr).toContain('Bearer [REDACTED]');
  });

  it('shows the token only when asked with --cleartext', async () => {
    const run = await runPinkit(['get-access-token', '-c', '-w', '--token-store', 'file', '-ct', '-l', '0'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`access token: ${storedSecrets()[0]}`);
  });
});
