import { describe, expect, it } from 'vitest';
import type { RequiredOption } from '../base/required-option.js';
import { commandHelp, type CommandDefinition } from './command-help.js';
import { OVERVIEW_WIDTH } from './command-overview.js';

// Command classes load clipanion, which vitest cannot import: these are the definitions clipanion
// gives for a command (main.test.ts checks real commands through the built binary).
const plain = { header: (text: string) => text, bold: (text: string) => text };
const shared = [
  { definition: '-l,--log-level #0', description: '0 critical only, 1 a bit more, 2 (default) one line per request, 3 everything' },
  { definition: '--json', description: 'Print one JSON object per line instead of the human summary' },
  { definition: '-a,--access-token #0', description: 'Name of the access token' },
];
const copyPin: CommandDefinition = {
  path: 'pinkit copy-pin',
  usage: 'pinkit copy-pin',
  description: 'create a pin from an existing one\n',
  details: 'Reads the source pin and creates a new one.\n',
  examples: [['Copy a pin onto a board\n', 'pinkit copy-pin -p 1 -b 2']],
  options: [
    ...shared,
    { definition: '-p,--pin-id #0', description: 'Source pin identifier (required)' },
    { definition: '-b,--board-id #0', description: 'Destination board identifier (required)' },
    { definition: '-s,--section #0', description: 'Destination board section identifier' },
    { definition: '--dry-run', description: 'Say what would be copied' },
  ],
};
const required: RequiredOption[] = [
  { flags: '-p,--pin-id', positional: false, purpose: 'which pin to copy' },
  { flags: '-b,--board-id', positional: false, purpose: 'which board the new pin goes on' },
];
const lines = commandHelp(copyPin, required, plain).split('\n');
/** The option labels between two lines of the help (a wrapped description's lines are not labels). */
const labels = (from: number, to: number) =>
  lines
    .slice(from, to)
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/ {2,}/)[0]);

describe('commandHelp', () => {
  it('names each required option with its value in the usage line, then the others as [options]', () => {
    expect(lines.slice(0, 5)).toEqual([
      'Create a pin from an existing one',
      '',
      'Usage',
      '',
      '$ pinkit copy-pin -p PIN_ID -b BOARD_ID [options]',
    ]);
  });

  it("lists the command's own options before the ones every command shares", () => {
    const own = lines.indexOf('Options');
    const common = lines.indexOf('Common options');
    expect(own).toBeGreaterThan(0);
    expect(common).toBeGreaterThan(own);
    expect(labels(own, common)).toEqual(['-p, --pin-id PIN_ID', '-b, --board-id BOARD_ID', '-s, --section SECTION', '--dry-run']);
    expect(labels(common, lines.indexOf('Details'))).toEqual(['-l, --log-level N', '--json', '-a, --access-token NAME']);
  });

  it('keeps the details and examples after the options', () => {
    expect(lines.indexOf('Details')).toBeGreaterThan(lines.indexOf('Common options'));
    expect(lines.slice(lines.indexOf('Examples'))).toEqual([
      'Examples',
      '',
      'Copy a pin onto a board',
      '  $ pinkit copy-pin -p 1 -b 2',
      '',
    ]);
  });

  it('fits options in 100 columns, continuing a long description under its column', () => {
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(OVERVIEW_WIDTH);
    const narrow = commandHelp({ ...copyPin, options: [{ definition: '--json', description: 'word '.repeat(40) }] }, [], plain).split('\n');
    const at = narrow.findIndex((line) => line.startsWith('  --json'));
    expect(narrow[at + 1]).toMatch(/^ {10}word/);
  });

  it('writes a required argument without brackets, and no [options] when every option is required', () => {
    const logout: CommandDefinition = { path: 'pinkit auth logout', usage: 'pinkit auth logout [NAME]', options: [] };
    const name: RequiredOption = { flags: 'NAME', positional: true, purpose: 'which token' };
    expect(commandHelp(logout, [name], plain)).toContain('\n$ pinkit auth logout NAME\n');
    expect(commandHelp(logout, [], plain)).toContain('\n$ pinkit auth logout [NAME]\n');
    const onlyRequired = { ...copyPin, options: copyPin.options.slice(3, 5) };
    expect(commandHelp(onlyRequired, required, plain)).toContain('\n$ pinkit copy-pin -p PIN_ID -b BOARD_ID\n');
    expect(commandHelp(onlyRequired, required, plain)).not.toContain('Common options');
  });

  it('styles headings and labels only through the format it is given', () => {
    const bold = { header: (text: string) => `<${text}>`, bold: (text: string) => `*${text}*` };
    const text = commandHelp(copyPin, required, bold);
    expect(text).toContain('<Usage>');
    expect(text).toContain('*$ *pinkit copy-pin');
    expect(text).toContain('  *-p, --pin-id PIN_ID*  ');
  });
});
