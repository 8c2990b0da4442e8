/** `pinkit`, `pinkit --help` or `pinkit -h`: the command overview, which needs no command module. */
export function asksForOverview(argv: readonly string[]): boolean {
  return argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'));
}
