import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { scopesFor } from '@pinkit/account/scopes';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_FAMILIES } from '../doctor/command-families.js';
import { runPinkit } from '../test-support/run-pinkit.js';
import { freePort, signedOutEnv } from '../test-support/sign-in.js';

let sim: Simulator;
beforeAll(async () => (sim = await startSimulator()));
afterAll(() => sim.stop());

const EVERY_SCOPE = scopesFor(
  5,
  COMMAND_FAMILIES.flatMap((family) => family.capabilities),
);

/** A signed-out environment with a stored token `access_token` holding `scopes`. */
async function withToken(scopes: string[], extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const env = await signedOutEnv(sim, extra);
  const token = sim.issueToken(sim.users[0]!.id, scopes);
  const record = { name: 'access_token', access_token: token, refresh_token: null, scopes };
  writeFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', 'access_token.json'), JSON.stringify(record), { mode: 0o600 });
  return env;
}

interface Report {
  ok: boolean;
  checks: Array<{ name: string; status: string; detail: string; fix: string | null }>;
}

async function doctorJson(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runPinkit(['doctor', '--json', ...args], env);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const statusOf = (report: Report, name: string) => report.checks.find((one) => one.name === name)?.status;

describe('pinkit doctor', () => {
  it('passes a healthy setup with one line per check and exit 0', async () => {
    const env = await withToken(EVERY_SCOPE);
    const run = await runPinkit(['doctor', '--token-store', 'file'], env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ok {4}token: "access_token" \[file\] of user pinkit_demo; /m);
    for (const name of ['proxy', 'redirect-uri', 'scopes:reading', 'scopes:writing', 'trial-access', 'clock']) {
      expect(run.stdout).toMatch(new RegExp(`^ok {4}${name}: `, 'm'));
    }
    expect(run.stdout).not.toContain(sim.app.secret);
  });

  it('prints one JSON object naming every check', async () => {
    const { code, report } = await doctorJson(await withToken(EVERY_SCOPE), ['--token-store', 'file']);
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((one) => one.name)).toEqual([
      'proxy',
      'redirect-uri',
      'keychain',
      'token',
      ...COMMAND_FAMILIES.map(({ family }) => `scopes:${family}`),
      'trial-access',
      'sandbox',
      'clock',
    ]);
    for (const one of report.checks) expect(Object.keys(one).sort()).toEqual(['detail', 'fix', 'name', 'status']);
  });

  it('exits 1 naming the token check when Pinterest refuses the token, and never prints it', async () => {
    const env = await withToken(EVERY_SCOPE);
    const record = JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', 'access_token.json'), 'utf8')) as {
      access_token: string;
    };
    sim.revokeToken(record.access_token);
    const run = await runPinkit(['doctor', '--token-store', 'file'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^FAIL {2}token: "access_token" \[file\] was refused by Pinterest \(401\).* -> run "pinkit get-access-token -w -a access_token"$/m,
    );
    expect(run.stdout + run.stderr).not.toContain(record.access_token);
  });

  it('names the family whose scopes the token lacks, and how to get them', async () => {
    const { code, report } = await doctorJson(await withToken(['user_accounts:read', 'boards:read', 'pins:read']), [
      '--token-store',
      'file',
    ]);
    expect(code).toBe(1);
    expect(statusOf(report, 'scopes:reading')).toBe('ok');
    const writing = report.checks.find((one) => one.name === 'scopes:writing')!;
    expect(writing.status).toBe('fail');
    expect(writing.detail).toMatch(/boards:write/);
    expect(writing.fix).toMatch(
      /^run "pinkit get-access-token -w -a access_token -s user_accounts:read,boards:read,pins:read,.*boards:write/,
    );
  });

  it('fails the redirect URI whose port something already listens on', async () => {
    const port = await freePort();
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const env = await withToken(EVERY_SCOPE, { PINTEREST_REDIRECT_URI: `http://localhost:${port}/` });
      const { code, report } = await doctorJson(env, ['--token-store', 'file']);
      expect(code).toBe(1);
      const redirect = report.checks.find((one) => one.name === 'redirect-uri')!;
      expect(redirect.status).toBe('fail');
      expect(redirect.detail).toContain(`port ${port}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fails a proxy variable that is not a URL, with its password masked', async () => {
    const env = await withToken(EVERY_SCOPE, { HTTPS_PROXY: 'proxy.example:3128', HTTP_PROXY: 'ftp://user:hunter2@proxy.example/' });
    const run = await runPinkit(['doctor', '--token-store', 'file'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL {2}proxy: HTTPS_PROXY is not a URL.*HTTP_PROXY has the scheme ftp:/m);
    expect(run.stdout).not.toContain('hunter2');
  });

  it('warns of Trial access and points at the sandbox', async () => {
    sim.configure({ trialAccess: true });
    try {
      const { code, report } = await doctorJson(await withToken(EVERY_SCOPE), ['--token-store', 'file']);
      expect(code).toBe(0);
      const trial = report.checks.find((one) => one.name === 'trial-access')!;
      expect(trial.status).toBe('warn');
      expect(trial.fix).toMatch(/--sandbox/);
    } finally {
      sim.configure({ trialAccess: false });
    }
  });

  it('fails a keychain that was asked for and does not answer, and only warns when files can stand in', async () => {
    const noBus = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/pinkit-doctor-bus' };
    const asked = await doctorJson(await withToken(EVERY_SCOPE, noBus), ['--token-store', 'keychain']);
    expect(asked.code).toBe(1);
    const keychain = asked.report.checks.find((one) => one.name === 'keychain')!;
    expect(keychain.status).toBe('fail');
    expect(keychain.detail).toMatch(/^No OS keychain answered/);
    const auto = await doctorJson(await withToken(EVERY_SCOPE, noBus));
    expect(statusOf(auto.report, 'keychain')).toBe('warn');
    expect(auto.code, JSON.stringify(auto.report)).toBe(0);
  });
});
