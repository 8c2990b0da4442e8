import { describe, expect, inject, it } from 'vitest';
import { CAPABILITIES } from './capabilities.js';
import { capable, CapabilityMissingError, requireCapability, type SkipContext } from './needs.js';

class Skipped extends Error {}

function fakeContext(): SkipContext & { notes: string[] } {
  const notes: string[] = [];
  return {
    notes,
    skip(note?: string): never {
      notes.push(note ?? '');
      throw new Skipped();
    },
  };
}

describe('requireCapability', () => {
  it('does nothing when the capability is there', () => {
    const context = fakeContext();
    requireCapability(context, CAPABILITIES.chromium, undefined, {});
    expect(context.notes).toEqual([]);
  });

  it('skips with a note naming the package to install when it is missing', () => {
    const context = fakeContext();
    expect(() => requireCapability(context, CAPABILITIES.chromium, '/usr/bin/chromium did not start', {})).toThrow(Skipped);
    expect(context.notes).toEqual(['needs chromium (apt-get install chromium)']);
  });

  it('fails instead under CI, naming the packages and why', () => {
    const context = fakeContext();
    const run = () => requireCapability(context, CAPABILITIES.keyring, 'dbus-run-session did not start: spawn ENOENT', { CI: 'true' });
    expect(run).toThrow(CapabilityMissingError);
    expect(run).toThrow(
      'CI must provide D-Bus and gnome-keyring: apt-get install dbus gnome-keyring (here: dbus-run-session did not start',
    );
    expect(context.notes).toEqual([]);
  });

  it('skips when CI is set but empty', () => {
    const context = fakeContext();
    expect(() => requireCapability(context, CAPABILITIES.chromium, 'missing', { CI: '' })).toThrow(Skipped);
  });
});

describe('capable', () => {
  it('reports what the run probed once in its global setup', () => {
    const probed = inject('pinkitCapabilities');
    expect(Object.keys(probed).sort()).toEqual(['chromium', 'keyring']);
    expect(capable('chromium')).toBe(probed.chromium?.ok);
    expect(capable('keyring')).toBe(probed.keyring?.ok);
  });
});
