import { describe, expect, it } from 'vitest';
import { needsNote } from './capabilities.js';
import { summarize, type ModuleLike } from './summarize.js';

type Result = { state: string; note?: string };

function module(state: string, ...results: Result[]): ModuleLike {
  return { state: () => state, children: { allTests: () => results.map((result) => ({ result: () => result })) } };
}

const passed = { state: 'passed' };
const failed = { state: 'failed' };
const chromium = { state: 'skipped', note: needsNote({ needs: 'chromium', install: 'apt-get install chromium' }) };
const keyring = { state: 'skipped', note: needsNote({ needs: 'D-Bus and gnome-keyring', install: 'apt-get install dbus gnome-keyring' }) };

describe('summarize', () => {
  it('ends with the plain count line, alone', () => {
    const modules = [module('passed', passed, passed), module('failed', passed, failed)];
    expect(summarize({ modules, unhandledErrors: [], leftovers: [] })).toEqual(['3 passed, 1 failed']);
  });

  it('counts a file that failed with no failed test (a beforeAll threw, it did not load) as one failure', () => {
    const beforeAllThrew = module('failed', { state: 'skipped' }, { state: 'skipped' });
    const didNotLoad = module('failed');
    expect(summarize({ modules: [module('passed', passed), beforeAllThrew, didNotLoad], unhandledErrors: [], leftovers: [] })).toEqual([
      'skipped 2 tests: not run, their file failed first',
      '1 passed, 2 failed, 2 skipped',
    ]);
  });

  it('counts a failed file by its failed tests, not once more', () => {
    const modules = [module('failed', failed, failed, passed)];
    expect(summarize({ modules, unhandledErrors: [], leftovers: [] }).at(-1)).toBe('1 passed, 2 failed');
  });

  it('counts each unhandled error as a failure', () => {
    expect(summarize({ modules: [module('passed', passed)], unhandledErrors: [new Error('a'), new Error('b')], leftovers: [] })).toEqual([
      '1 passed, 2 failed',
    ]);
  });

  it('lists skipped tests above the count, grouped by what to install', () => {
    const lines = summarize({
      modules: [module('passed', chromium, chromium, passed), module('passed', keyring, chromium), module('passed', { state: 'skipped' })],
      unhandledErrors: [],
      leftovers: [],
    });
    expect(lines).toEqual([
      'skipped 3 tests: needs chromium (apt-get install chromium)',
      'skipped 1 test: needs D-Bus and gnome-keyring (apt-get install dbus gnome-keyring)',
      'skipped 1 test: marked skip or todo in the test',
      '1 passed, 0 failed, 5 skipped',
    ]);
  });

  it("adds why this run's probe found a capability missing", () => {
    const probes = {
      chromium: { ok: false, reason: '/usr/bin/chromium did not start: Timeout 20000ms exceeded.' },
      keyring: { ok: true },
    } as const;
    expect(summarize({ modules: [module('passed', chromium, keyring)], unhandledErrors: [], leftovers: [], probes })).toEqual([
      'skipped 1 test: needs chromium (apt-get install chromium); here /usr/bin/chromium did not start: Timeout 20000ms exceeded.',
      'skipped 1 test: needs D-Bus and gnome-keyring (apt-get install dbus gnome-keyring)',
      '0 passed, 0 failed, 2 skipped',
    ]);
  });

  it('names what tests left in the temp directory and counts it as a failure', () => {
    expect(summarize({ modules: [module('passed', passed)], unhandledErrors: [], leftovers: ['pinkit-home-a', 'tsx-0'] })).toEqual([
      'tests left behind in the temp directory: pinkit-home-a, tsx-0',
      '1 passed, 1 failed',
    ]);
  });
});
