import { describe, expect, it } from 'vitest';
import { V5_DATA, v3Fake, v5Fake } from '../test-support/fake-accounts.js';
import { runWithAccount } from '../test-support/run-with-account.js';

const pin = V5_DATA.boards![0]!.pins![0]!;

describe('pinkit get-pin, on a fake account', () => {
  it('prints the summary of the pin', async () => {
    const account = v5Fake();
    const run = await runWithAccount(['get-pin', '-p', '1001'], account);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      [
        'Pin 1001: Country loaf',
        '  board: 10  section: 100  type: image',
        '  link: https://example.com/loaf',
        '  description: A long rise',
        '  image: https://i.example.com/loaf.jpg',
        '',
      ].join('\n'),
    );
    expect(account.calls).toEqual([{ capability: 'getPin', args: ['1001'] }]);
    expect(run.opened.map(({ version, userAgent }) => ({ version, userAgent }))).toEqual([{ version: 5, userAgent: 'pinkit-cli' }]);
  });

  it('prints the pin as the version answered it with --json', async () => {
    const run = await runWithAccount(['get-pin', '-p', '1001', '--json'], v5Fake());
    expect(run.stdout).toBe(`${JSON.stringify(pin)}\n`);
  });

  it('prints a v3 pin in the same layout, with what v3 lacks as -', async () => {
    const run = await runWithAccount(['get-pin', '-p', '1001', '-v', '3'], v3Fake());
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['Pin 1001: -', '  board: -  section: -  type: pin']);
  });

  it('reports a failed read in one line and exits 1', async () => {
    const run = await runWithAccount(['get-pin', '-p', '4040'], v5Fake());
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', 'pinkit: The fake account has no pin 4040.\n']);
  });
});
