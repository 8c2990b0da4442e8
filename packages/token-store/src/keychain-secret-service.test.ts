// Runs the keychain store against a real Secret Service: gnome-keyring in a private D-Bus session,
// with its keyrings in a temporary directory so the user's own keychain is never touched.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { needs, requireCapability, tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { packageRoot, runProcess, tsScript } from './test-support/run-process.js';

const keytarBuilt = existsSync(join(packageRoot, 'node_modules/keytar/build/Release/keytar.node'));
const linux = process.platform === 'linux';
const keytar = {
  needs: 'the keytar native module',
  install: 'apt-get install libsecret-1-dev, then pnpm --filter @pinkit/token-store rebuild keytar',
};

let root: string;

beforeEach(() => {
  root = tempDir('pinkit-secret-service-');
});

/** The environment minus any session bus or display, so nothing reaches the user's real keyring. */
async function isolatedEnv(extra: Record<string, string>): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DBUS_|DISPLAY$|WAYLAND_|GNOME_KEYRING|XDG_)/.test(key)) env[key] = value;
  }
  const runtime = join(root, 'run');
  await mkdir(runtime, { mode: 0o700 });
  return {
    ...env,
    HOME: root,
    XDG_DATA_HOME: join(root, 'data'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_RUNTIME_DIR: runtime,
    ...extra,
  };
}

describe.runIf(linux)('keychain store on a real Secret Service', () => {
  it('stores, reads, lists and deletes tokens in gnome-keyring over D-Bus', async (context) => {
    needs(context, 'keyring');
    requireCapability(context, keytar, keytarBuilt ? undefined : 'keytar.node was not built');

    const script = 'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"';
    const result = await runProcess(
      'dbus-run-session',
      ['--', 'sh', '-c', script, 'sh', process.execPath, ...tsScript('./keychain-session.ts'), join(root, 'tokens')],
      { env: await isolatedEnv({ KEYRING_PASSWORD: 'pinkit-test' }), ownGroup: true },
    );

    expect(result.code, result.stderr).toBe(0);
    const seen = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(seen).toEqual({
      get: { name: 'access_token', access_token: 'pina_REAL_A', refresh_token: 'pinr_REAL_A', scopes: ['pins:read'] },
      list: [
        { name: 'access_token', access_token: 'pina_REAL_A', refresh_token: 'pinr_REAL_A', scopes: ['pins:read'] },
        { name: 'work', access_token: 'pina_REAL_W', note: 'kept' },
      ],
      rewritten: { name: 'work', access_token: 'pina_REAL_W2', note: 'kept' },
      fromAnotherInstance: { name: 'work', access_token: 'pina_REAL_W2', note: 'kept' },
      deleted: true,
      deletedAgain: false,
      afterDelete: null,
      resolvingKind: 'keychain',
      located: { record: { name: 'cli', access_token: 'pina_REAL_C' }, from: 'keychain' },
      filesWritten: 0,
      notices: [],
      resolvingDeleted: true,
      finalList: [],
    });
  });

  it('reports the keychain unavailable at once without D-Bus, and the resolving store writes the file', async () => {
    const env = await isolatedEnv({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(root, 'no-bus-here')}` });
    const dir = join(root, 'tokens');

    const result = await runProcess(process.execPath, [...tsScript('./no-dbus-session.ts'), dir], { env });

    expect(result.code, result.stderr).toBe(0);
    const seen = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
    // "At once" is shown by the reason: the bus refused, rather than the 1.5 s timeout expiring.
    expect(seen).toMatchObject({
      unavailable: true,
      reason: keytarBuilt ? 'error' : 'not-built',
      kind: 'file',
      file: { name: 'access_token', access_token: 'pina_NO_BUS' },
    });
    expect(seen.notices).toEqual([
      expect.stringMatching(
        /^No OS keychain answered \(.+\); keeping token "access_token" in plain text in .+access_token\.json \(mode 0600\)\. To keep tokens in the keychain instead: .+\.$/,
      ),
    ]);
    console.log(`keychain reported unavailable after ${seen.elapsedMs} ms without D-Bus`);
  });
});
