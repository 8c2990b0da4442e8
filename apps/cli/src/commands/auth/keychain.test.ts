// The CLI against a real OS keychain: gnome-keyring's Secret Service in a private D-Bus session
// (with its keyring in a temporary HOME, so the developer's own keychain is never touched).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createRequire } from 'node:module';
import { endProcessGroup, fileTempDir, needs, requireCapability } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINKIT_BIN, runPinkit } from '../../test-support/run-pinkit.js';
import { signedOutEnv } from '../../test-support/sign-in.js';

// The CLI loads keytar through @pinkit/token-store; without its native module the file store takes over.
const keytarBuilt = (() => {
  try {
    const tokenStore = createRequire(import.meta.url).resolve('@pinkit/token-store/package.json');
    return existsSync(join(createRequire(tokenStore).resolve('keytar/package.json'), '..', 'build', 'Release', 'keytar.node'));
  } catch {
    return false;
  }
})();

let sim: Simulator;
let env: Record<string, string>;
const home = fileTempDir('pinkit-keyring-');
beforeAll(async () => {
  sim = await startSimulator();
  mkdirSync(join(home, 'run'), { mode: 0o700 });
  env = await signedOutEnv(sim, {
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_RUNTIME_DIR: join(home, 'run'),
  });
});
afterAll(() => sim.stop());

/** Runs keytar as pinkit loads it, with `script` given it as `keytar`: for entries pinkit would never write. */
const withKeytar = (script: string) => ({
  node: `const keytar = require(${JSON.stringify(createRequire(createRequire(import.meta.url).resolve('@pinkit/token-store/package.json')).resolve('keytar'))}); ${script}`,
});

/** Runs pinkit steps (or Node scripts) inside one D-Bus session with an unlocked gnome-keyring; returns each step's output and code. */
function inKeyringSession(steps: Array<string[] | { node: string }>): Promise<Array<{ output: string; code: number }>> {
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  const command = (step: string[] | { node: string }) =>
    Array.isArray(step) ? `"$NODE" "$PINKIT" ${step.map(quote).join(' ')}` : `"$NODE" -e ${quote(step.node)}`;
  const lines = steps.map((step) => `echo "::step"; ${command(step)} 2>&1; echo "::code $?"`);
  const script = ['printf %s pinkit-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90', ...lines].join('\n');
  return new Promise((resolve, reject) => {
    // Its own process group: gnome-keyring-daemon outlives the D-Bus session, and is ended with the group.
    const child = spawn('dbus-run-session', ['--', 'sh', '-c', script], {
      env: { PATH: process.env.PATH, ...env, NODE: process.execPath, PINKIT: PINKIT_BIN },
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      endProcessGroup(child.pid);
      if (code === 90) return reject(new Error(`gnome-keyring did not start:\n${out}`));
      resolve(
        out
          .split('::step\n')
          .slice(1)
          .map((chunk) => {
            const [, output = '', status = '-1'] = /^([\s\S]*)::code (\d+)\n?$/.exec(chunk) ?? [];
            return { output, code: Number(status) };
          }),
      );
    });
  });
}

describe('pinkit with the OS keychain', () => {
  it('stores a token in gnome-keyring, uses it, lists it, and logs out', async (context) => {
    needs(context, 'keyring');
    requireCapability(
      context,
      {
        needs: 'the keytar native module',
        install: 'apt-get install libsecret-1-dev, then pnpm --filter @pinkit/token-store rebuild keytar',
      },
      keytarBuilt ? undefined : 'keytar.node was not built',
    );

    const [store, status, read, logout, after] = await inKeyringSession([
      ['get-access-token', '-c', '-w', '-a', 'kc_token', '-l', '1'],
      ['auth', 'status', '--json', '-l', '0'],
      ['get-user-boards', '-a', 'kc_token', '--json', '-l', '0'],
      ['auth', 'logout', 'kc_token'],
      ['auth', 'status', '--json', '-l', '0'],
    ]);
    expect(store!.code, store!.output).toBe(0);
    expect(store!.output).toContain('Stored token "kc_token" in the OS keychain.');
    expect(readdirSync(env.PINTEREST_OAUTH_TOKEN_DIR!)).not.toContain('kc_token.json');
    expect(status!.code).toBe(0);
    expect(status!.output).toContain('"name":"kc_token","user":"pinkit_demo","state":"valid","reason":null,"store":"keychain"');
    expect(read!.code, read!.output).toBe(0);
    expect(read!.output.trim().split('\n').length).toBeGreaterThan(1);
    expect(logout!.code, logout!.output).toBe(0);
    expect(after!.output).not.toContain('kc_token');
  });

  it('names a keychain entry that is not a token record in auth status, and exits 1', async (context) => {
    needs(context, 'keyring');
    requireCapability(
      context,
      {
        needs: 'the keytar native module',
        install: 'apt-get install libsecret-1-dev, then pnpm --filter @pinkit/token-store rebuild keytar',
      },
      keytarBuilt ? undefined : 'keytar.node was not built',
    );
    const [written, status] = await inKeyringSession([
      withKeytar(`keytar.setPassword('pinkit', 'kc_bad', '{"access_token": half written').then(() => process.exit(0))`),
      ['auth', 'status', '-l', '0'],
    ]);
    expect(written!.code, written!.output).toBe(0);
    expect(status!.code, status!.output).toBe(1);
    expect(status!.output).toMatch(
      /^kc_bad {2}\[keychain\] {2}CORRUPT: entry "kc_bad" of keychain service "pinkit" is not a token record \(.+\); delete it and store the token again\.$/m,
    );
    expect(status!.output).not.toContain('half written');
    expect(status!.output).not.toContain('OS keychain not read');
  });

  it('with --token-store keychain and no keychain, fails before the browser sign-in starts', async () => {
    const noBus = { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(env.HOME!, 'no-bus-here')}` };
    const run = await runPinkit(
      ['get-access-token', '-w', '--token-store', 'keychain', '-a', 'kc_only', '--timeout', '5', '-l', '0'],
      noBus,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: No OS keychain answered/);
    expect(run.stderr).not.toContain('Open this URL');
    expect(existsSync(join(env.PINTEREST_OAUTH_TOKEN_DIR!, 'kc_only.json'))).toBe(false);
  });

  it('falls back to the token file with a notice when no Secret Service answers', async () => {
    const noBus = { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(env.HOME!, 'no-bus-here')}` };
    const run = await runPinkit(['get-access-token', '-c', '-w', '-a', 'nb_token', '-l', '1'], noBus);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /No OS keychain answered .*; keeping token "nb_token" in plain text in .*nb_token\.json \(mode 0600\)\. To keep tokens in the keychain instead: /,
    );
    expect(existsSync(join(env.PINTEREST_OAUTH_TOKEN_DIR!, 'nb_token.json'))).toBe(true);
  });
});
