import { Option } from 'clipanion';
import { required } from './pinkit-command.js';

const REQUIRED = Symbol('pinkit.required');

/** An option or argument a command cannot run without, as its help's usage line names it. */
export interface RequiredOption {
  /** `-p,--pin-id` for an option, the name (`NAME`) for a positional argument. */
  flags: string;
  positional: boolean;
  /** What the value says, for the line when it is missing ("which pin to show"). */
  purpose: string;
}

interface OptionSpec {
  transformer: (...args: never[]) => unknown;
  [REQUIRED]?: RequiredOption;
}

/** How the missing-value line names it: `-p/--pin-id`, or `NAME`. */
function label(option: RequiredOption): string {
  return option.flags.split(',').join('/');
}

// Clipanion's own `required: true` answers a missing option with "Command not found"; checking
// the parsed value instead says which option is missing and what it is for. The mark is what
// the help's usage line reads, so each required option is declared once, where it is defined.
function markRequired(option: unknown, info: RequiredOption): string {
  const spec = option as OptionSpec;
  const parse = spec.transformer;
  spec.transformer = (...args) => required(parse(...args) as string | undefined, label(info), info.purpose);
  spec[REQUIRED] = info;
  return option as string;
}

/** A string option the command cannot run without: `-p,--pin-id`, "Pin identifier", "which pin to show". */
export function requiredString(flags: string, description: string, purpose: string): string {
  return markRequired(Option.String(flags, { description: `${description} (required)` }), { flags, positional: false, purpose });
}

/** A positional argument the command cannot run without (`NAME`). */
export function requiredArgument(name: string, purpose: string): string {
  return markRequired(Option.String({ required: false, name }), { flags: name, positional: true, purpose });
}

/** The required options and arguments a command class declares, in the order of its fields. */
export function requiredOptionsOf(commandClass: new () => object): RequiredOption[] {
  // Clipanion finds a class's options the same way: on a fresh instance, before parsing.
  return Object.values(new commandClass()).flatMap((value: unknown) => {
    const info = typeof value === 'object' && value !== null ? (value as OptionSpec)[REQUIRED] : undefined;
    return info ? [info] : [];
  });
}
