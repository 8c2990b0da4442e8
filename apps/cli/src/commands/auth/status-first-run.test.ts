// `pinkit auth status` as a new user meets it: a token only in ACCESS_TOKEN, no usable keychain,
// a token file that is not a token record.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../../test-support/run-pinkit.js';
import { signedOutEnv } from '../../test-support/sign-in.js';

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator()));
afterAll(() => sim.stop());

/** A user whose D-Bus session leads nowhere, so whatever keytar is here, no keychain answers. */
async function noKeychainEnv(): Promise<Record<string, string>> {
  const env = await signedOutEnv(sim);
  return { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(env.PINTEREST_OAUTH_TOKEN_DIR, 'no-bus-here')}` };
}

describe('pinkit auth status on a first run', () => {
  it('lists the token in ACCESS_TOKEN with its user and variable, and prints no secret', async () => {
    const env = { ...(await signedOutEnv(sim)), ACCESS_TOKEN: sim.env().ACCESS_TOKEN! };
    const run = await runPinkit(['auth', 'status', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^access_token {2}\[env ACCESS_TOKEN\] {2}user pinkit_demo {2}valid$/m);
    expect(run.stdout + run.stderr).not.toContain(env.ACCESS_TOKEN);
    const json = await runPinkit(['auth', 'status', '--token-store', 'file', '--json', '-a', 'access_token'], env);
    expect(jsonLines(json.stdout)).toEqual([
      expect.objectContaining({ name: 'access_token', store: 'env', variable: 'ACCESS_TOKEN', state: 'valid' }),
    ]);
  });

  it('exits 1 when the token in the environment is refused', async () => {
    const env = { ...(await signedOutEnv(sim)), WORK: 'pina_NOT_A_TOKEN_THE_SIMULATOR_ISSUED' };
    const run = await runPinkit(['auth', 'status', '--token-store', 'file', '-a', 'work'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^work {2}\[env WORK\] {2}user unknown {2}REFUSED: /m);
  });

  it('says why the keychain was not read, with the same advice get-access-token -w gives', async () => {
    const env = await noKeychainEnv();
    const signIn = await runPinkit(['get-access-token', '-c', '-w', '-a', 'first', '-l', '1'], env);
    expect(signIn.code, signIn.stderr).toBe(0);
    const advice = /To keep tokens in the keychain instead: (.+)\.$/m.exec(signIn.stderr)?.[1];
    expect(advice, signIn.stderr).toBeDefined();

    const run = await runPinkit(['auth', 'status'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^first {2}\[file\] {2}user pinkit_demo {2}valid$/m);
    expect(run.stdout).toMatch(/^OS keychain not read: .+\. To keep tokens in the keychain: /m);
    expect(run.stdout).toContain(`To keep tokens in the keychain: ${advice}.`);
    expect(run.stdout).not.toContain('OS keychain or token files');

    const fileOnly = await runPinkit(['auth', 'status', '--token-store', 'file'], env);
    expect(fileOnly.stdout).toContain('OS keychain not read: --token-store file keeps to the token files.');
  });

  it('names a corrupt token file, exits 1 when it is the only one, and keeps its content out of the output', async () => {
    const env = await noKeychainEnv();
    const file = join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', 'access_token.json');
    writeFileSync(file, '{"access_token": pina_SECRET_HALF_WRITTEN', { mode: 0o600 });
    const run = await runPinkit(['auth', 'status', '--token-store', 'file'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^access_token {2}\\[file\\] {2}CORRUPT: token file ${file.replaceAll('/', '\\/')} is not a token record \\(.+\\); fix it, or delete it and store the token again\\.$`,
        'm',
      ),
    );
    expect(run.stdout).not.toContain('No access tokens found');
    expect(run.stdout + run.stderr).not.toContain('SECRET');
    const json = await runPinkit(['auth', 'status', '--token-store', 'file', '--json'], env);
    expect(json.code).toBe(1);
    expect(jsonLines(json.stdout)).toEqual([
      expect.objectContaining({ name: 'access_token', state: 'corrupt', store: 'file', where: file }),
    ]);
  });

  it('names the places it looked when there is no token at all, and exits 0', async () => {
    const env = await noKeychainEnv();
    const run = await runPinkit(['auth', 'status'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `No access tokens found (the environment variable ACCESS_TOKEN, token files in ${env.PINTEREST_OAUTH_TOKEN_DIR}).`,
    );
  });
});
