import { Builtins, Cli, type BaseContext, type Command, type CommandClass } from 'clipanion';
import { requiredOptionsOf } from './base/required-option.js';
import { commandHelp } from './help/command-help.js';
import { parseErrorText } from './help/parse-error-text.js';
import { describeError, EXIT_USAGE, InputError } from './output/describe-error.js';

/** The command classes a command line needs: the one it names, or every one when it is unclear. */
export type CommandsFor = (argv: readonly string[]) => Promise<readonly CommandClass[]>;

/**
 * Clipanion with pinkit's page for `pinkit COMMAND --help` (see help/command-help.ts), holding only
 * the commands loaded so far: a command that runs others (`pinkit demo`) gets each one loaded
 * when it asks for it.
 */
class PinkitCli extends Cli {
  readonly #registered = new Set<CommandClass>();

  constructor(
    options: ConstructorParameters<typeof Cli>[0],
    private readonly commandsFor: CommandsFor,
  ) {
    super(options);
  }

  async load(argv: readonly string[]): Promise<void> {
    for (const command of await this.commandsFor(argv)) {
      if (this.#registered.has(command)) continue;
      this.#registered.add(command);
      this.register(command);
    }
  }

  // Clipanion's signature: `context` may be left out (void) when the command needs nothing more.
  override async run(input: Command | string[], context: Partial<BaseContext> | void): Promise<number> {
    if (Array.isArray(input)) await this.load(input);
    return super.run(input, context ?? {});
  }

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

/** Parses `argv`, loading the command classes it needs, and runs it; resolves to the exit code. */
export async function runCommand(argv: string[], context: BaseContext, commandsFor: CommandsFor, options: RunOptions): Promise<number> {
  const cli = new PinkitCli(
    { binaryLabel: 'pinkit', binaryName: 'pinkit', binaryVersion: options.version, enableColors: options.colored },
    commandsFor,
  );
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  await cli.load(argv);
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
