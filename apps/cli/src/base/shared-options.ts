// The base classes' options as data: clipanion's fields are made from these (options.ts), and
// `pinkit --help` lists them once without loading clipanion's parser.

/** A shared option as both `pinkit --help` and clipanion need it: flags, value name, one line. */
export interface SharedOption {
  flags: string;
  /** The value's placeholder in the overview; absent for a switch. */
  value?: string;
  description: string;
}

/** Options every command takes: see PinkitCommand. */
export const commonOptions = {
  logLevel: {
    flags: '-l,--log-level',
    value: 'N',
    description: '0 critical only, 1 a bit more, 2 (default) one line per request, 3 everything; to stderr',
  },
  json: { flags: '--json', description: 'Print one JSON object per line instead of the human summary' },
} satisfies Record<string, SharedOption>;

/** Options of the commands that call Pinterest: see ApiCommand. */
export const apiOptions = {
  apiVersion: {
    flags: '-v,--api-version',
    value: 'V',
    description:
      'Pinterest API version: 5 (default) or 3 = legacy v3, retired by Pinterest; use 5, which has the same commands and flags ' +
      '(PINTEREST_API_VERSION sets the default)',
  },
  accessToken: {
    flags: '-a,--access-token',
    value: 'NAME',
    description: 'Name of the access token: the variable of that name in upper case, else the stored token',
  },
  sandbox: {
    flags: '--sandbox',
    description: "Use Pinterest's API sandbox (https://api-sandbox.pinterest.com); PINTEREST_SANDBOX=1 sets the default",
  },
  tokenStore: {
    flags: '--token-store',
    value: 'STORE',
    description: 'Where tokens are stored: auto (the OS keychain when it answers, else a file), keychain or file',
  },
} satisfies Record<string, SharedOption>;
