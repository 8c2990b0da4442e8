import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needs } from './needs.js';
import { probeKeyring } from './probe-keyring.js';
import { tempDir } from './temp-dir.js';
import { SNAP_SHIM, writeShim } from './test-shims.js';

/** Whether `pid` runs; a zombie (killed, not yet reaped by init) does not. */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Whether `pid` is gone within a second (a killed process takes a moment to go). */
async function ends(pid: number): Promise<boolean> {
  for (let i = 0; i < 20 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !alive(pid);
}

describe('probeKeyring', () => {
  it('finds no D-Bus when dbus-run-session is not on PATH', async () => {
    const result = await probeKeyring({ timeoutMs: 5_000, path: tempDir('pinkit-empty-path-') });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('dbus-run-session did not start') });
  });

  it('finds D-Bus missing when dbus-run-session is there but cannot start', async () => {
    const bin = tempDir('pinkit-shim-');
    writeShim(bin, 'dbus-run-session', SNAP_SHIM);
    const result = await probeKeyring({ timeoutMs: 5_000, path: `${bin}:${process.env.PATH}` });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('snapd is not running') });
  });

  it('finds the keyring missing when gnome-keyring-daemon is there but cannot start', async (context) => {
    needs(context, 'keyring');
    const bin = tempDir('pinkit-shim-');
    writeShim(bin, 'gnome-keyring-daemon', SNAP_SHIM);
    const result = await probeKeyring({ timeoutMs: 5_000, path: `${bin}:${process.env.PATH}` });
    expect(result).toEqual({
      ok: false,
      reason: 'D-Bus session with gnome-keyring failed (exit 1): error: cannot run snap: snapd is not running in this container',
    });
  });

  it('gives up on a keyring daemon that hangs, and ends it', async (context) => {
    needs(context, 'keyring');
    const bin = tempDir('pinkit-shim-');
    const pidFile = join(bin, 'pid');
    writeShim(bin, 'gnome-keyring-daemon', `echo $$ > ${pidFile}\nexec sleep 60`);
    const result = await probeKeyring({ timeoutMs: 1_000, path: `${bin}:${process.env.PATH}` });
    expect(result).toEqual({ ok: false, reason: 'gnome-keyring gave no answer within 1000 ms' });
    expect(existsSync(pidFile)).toBe(true);
    expect(await ends(Number(readFileSync(pidFile, 'utf8')))).toBe(true);
  });

  it('starts gnome-keyring in a private D-Bus session where both work', async (context) => {
    needs(context, 'keyring');
    expect(await probeKeyring({ timeoutMs: 10_000 })).toEqual({ ok: true });
  });
});
