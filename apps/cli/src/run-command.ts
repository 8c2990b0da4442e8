import { Builtins, Cli, type BaseContext, type CommandClass } from 'clipanion';
import { requiredOptionsOf } from './base/required-option.js';
import { commandHelp } from './help/command-help.js';
import { parseErrorText } from './help/parse-error-text.js';
import { describeError, EXIT_USAGE, InputError } from './output/describe-error.js';

/** Clipanion with pinkit's page for `pinkit COMMAND --help` (see help/command-help.ts). */
class PinkitCli extends Cli {
  override usage(
    command: CommandClass | InstanceType<CommandClass> | null = null,
    options: { colored?: boolean; detailed?: boolean; prefix?: string } = {},
  ): string {
    const commandClass = typeof command === 'function' ? command : (command?.constructor as CommandClass | undefined);
    const paths = commandClass?.paths?.[0];
    if (!commandClass || !paths || !options.detailed) return super.usage(command, options);
    const colored = options.colored ?? this.enableColors ?? false;
    const name = [this.binaryName, ...paths].join(' ');
    const definition = this.definitions({ colored }).find(({ path }) => path === name);
    if (!definition) return super.usage(command, options);
    return commandHelp({ ...definition, path: name }, requiredOptionsOf(commandClass), this.format(colored));
  }
}

export interface RunOptions {
  version: string;
  colored: boolean;
  /** Every command's paths, for the lines about a command line that names none or misuses one. */
  paths: readonly string[][];
}

/**
 * Parses `argv` for the command classes given (the one named, or all when the command line does
 * not say which) and runs it; resolves to the exit code.
 */
export async function runCommand(
  argv: string[],
  context: BaseContext,
  commands: readonly CommandClass[],
  options: RunOptions,
): Promise<number> {
  const cli = new PinkitCli({ binaryLabel: 'pinkit', binaryName: 'pinkit', binaryVersion: options.version, enableColors: options.colored });
  for (const command of [Builtins.HelpCommand, Builtins.VersionCommand, ...commands]) cli.register(command);
  let command;
  try {
    command = cli.process(argv, context);
  } catch (error) {
    // A required option left out is the user's own mistake, named in one line (base/required-option.ts).
    if (error instanceof InputError) context.stderr.write(`pinkit: ${describeError(error)}\n`);
    // Clipanion prints parse errors with the whole usage on stdout; we keep stdout for results.
    else context.stderr.write(`pinkit: ${parseErrorText(argv, error, options.paths)}`);
    return EXIT_USAGE;
  }
  return cli.run(command, context);
}
