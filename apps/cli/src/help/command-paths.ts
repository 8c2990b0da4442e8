/** What the help text reads from a command class: its paths and its `usage`. */
export interface CommandInfo {
  paths?: string[][];
  usage?: { category?: string | undefined; description?: string | undefined } | undefined;
}

/** The command paths a user can type (`auth status`), without clipanion's `-h`/`--version` entries. */
export function commandPaths(commands: readonly CommandInfo[]): string[][] {
  return commands.flatMap((command) => command.paths ?? []).filter((path) => path.length > 0 && !path[0]!.startsWith('-'));
}
