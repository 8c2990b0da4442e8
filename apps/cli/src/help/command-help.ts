import type { RequiredOption } from '../base/required-option.js';
import { apiOptions, commonOptions, type SharedOption } from '../base/shared-options.js';
import { OVERVIEW_WIDTH } from './command-overview.js';
import { labelledRows } from './wrap-text.js';

/** One option as clipanion defines it: `-p,--pin-id #0` (a `#` per value) and its description. */
export interface HelpOption {
  definition: string;
  description?: string | undefined;
}

/** What a command's help page is made of, as clipanion's `definitions()` gives it (texts formatted). */
export interface CommandDefinition {
  /** `pinkit auth logout` */
  path: string;
  /** The path and the positional arguments: `pinkit auth logout [NAME]`. */
  usage: string;
  description?: string | undefined;
  details?: string | undefined;
  examples?: Array<[label: string, commandLine: string]> | undefined;
  options: HelpOption[];
}

export interface HelpFormat {
  header: (text: string) => string;
  bold: (text: string) => string;
}

const shared = new Map<string, SharedOption>(Object.values({ ...commonOptions, ...apiOptions }).map((option) => [option.flags, option]));

/** `-p,--pin-id #0` -> flags `-p,--pin-id`, `PIN_ID` for its value (the shared options name theirs). */
function parseDefinition(definition: string): { flags: string; value: string | undefined } {
  const [flags = '', ...values] = definition.split(' ');
  if (values.length === 0) return { flags, value: undefined };
  const long = flags.split(',').find((name) => name.startsWith('--'));
  const value = shared.get(flags)?.value ?? (long ? long.slice(2).replace(/-/g, '_').toUpperCase() : 'VALUE');
  return { flags, value };
}

function optionRow({ definition, description }: HelpOption): [string, string] {
  const { flags, value } = parseDefinition(definition);
  return [[flags.split(',').join(', '), ...(value ? [value] : [])].join(' '), description ?? ''];
}

/**
 * `$ pinkit get-pin -p PIN_ID [options]`: the path, each required option with its value, the
 * arguments (a required one without brackets), then `[options]` when there are others.
 */
function usageLine(command: CommandDefinition, required: readonly RequiredOption[]): string {
  const words = [command.path];
  for (const option of required.filter(({ positional }) => !positional)) {
    const { definition } = command.options.find((candidate) => candidate.definition.split(' ')[0] === option.flags) ?? {};
    const value = definition ? parseDefinition(definition).value : undefined;
    words.push([option.flags.split(',')[0], ...(value ? [value] : [])].join(' '));
  }
  let args = command.usage.slice(command.path.length).trim();
  for (const option of required.filter(({ positional }) => positional)) args = args.replace(`[${option.flags}]`, option.flags);
  if (args !== '') words.push(args);
  const requiredFlags = new Set(required.map(({ flags }) => flags));
  if (command.options.some(({ definition }) => !requiredFlags.has(definition.split(' ')[0]!))) words.push('[options]');
  return words.join(' ');
}

/**
 * A command's `--help`: what it does, how to call it (naming what it cannot run without), its own
 * options, then the ones every command shares, details and examples.
 */
export function commandHelp(command: CommandDefinition, required: readonly RequiredOption[], format: HelpFormat): string {
  const own = command.options.filter(({ definition }) => !shared.has(definition.split(' ')[0]!));
  const common = command.options.filter(({ definition }) => shared.has(definition.split(' ')[0]!));
  const sections = [own, common].map((options) => options.map(optionRow));
  const labelWidth = Math.max(0, ...sections.flat().map(([label]) => label.length));
  let text = '';
  if (command.description) text += `${command.description.replace(/^./, (first) => first.toUpperCase()).trimEnd()}\n\n`;
  text += `${format.header('Usage')}\n\n${format.bold('$ ')}${usageLine(command, required)}\n`;
  for (const [title, rows] of [
    ['Options', sections[0]!],
    ['Common options', sections[1]!],
  ] as const) {
    if (rows.length === 0) continue;
    text += `\n${format.header(title)}\n\n${labelledRows(rows, labelWidth, OVERVIEW_WIDTH, format.bold).join('\n')}\n`;
  }
  if (command.details) text += `\n${format.header('Details')}\n\n${command.details}`;
  if (command.examples?.length) {
    text += `\n${format.header('Examples')}\n`;
    for (const [label, commandLine] of command.examples) text += `\n${label}  ${format.bold('$ ')}${commandLine}\n`;
  }
  return text;
}
