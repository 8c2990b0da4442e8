import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';

// The checks of the package's public functions, at their entry: an option of the wrong type is an
// ArgumentError naming it and what it must be, before a server is built or a stream read.

const ofServer = argumentsOf('createPinkitMcpServer');
const ofStdio = argumentsOf('serveStdio');
const ofToolSet = argumentsOf('toolSet');
const ofToolCapabilities = argumentsOf('toolCapabilities');

function checkPermissions(check: ArgumentChecks, value: unknown, argument: string): Record<string, unknown> {
  const permissions = check.object(value, argument);
  check.boolean(permissions.allowWrites, `${argument}.allowWrites`, { optional: true });
  check.boolean(permissions.allowDestructive, `${argument}.allowDestructive`, { optional: true });
  check.function(permissions.supports, `${argument}.supports`, { optional: true });
  return permissions;
}

export function checkServerOptions(value: unknown, check: ArgumentChecks = ofServer): Record<string, unknown> {
  const options = checkPermissions(check, value, 'options');
  check.function(options.openAccount, 'options.openAccount');
  check.function(options.describeError, 'options.describeError', { optional: true });
  check.function(options.journalPath, 'options.journalPath', { optional: true });
  check.function(options.targetLockPath, 'options.targetLockPath', { optional: true });
  check.string(options.name, 'options.name', { singleLine: true, maxLength: 200, optional: true });
  check.string(options.version, 'options.version', { singleLine: true, maxLength: 200, optional: true });
  return options;
}

/** A stream is duck-typed, as the SDK's transport uses it: `on` to read, `write` to answer. */
export function checkStdioOptions(value: unknown): void {
  const options = checkServerOptions(value, ofStdio);
  const stdin = ofStdio.object(options.stdin, 'options.stdin', { optional: true });
  if (stdin && (typeof stdin.on !== 'function' || typeof stdin.once !== 'function')) {
    ofStdio.fail('options.stdin', 'a readable stream', stdin);
  }
  const stdout = ofStdio.object(options.stdout, 'options.stdout', { optional: true });
  if (stdout && typeof stdout.write !== 'function') ofStdio.fail('options.stdout', 'a writable stream', stdout);
}

export function checkToolSetArguments(permissions: unknown, places: unknown): void {
  checkPermissions(ofToolSet, permissions, 'permissions');
  const given = ofToolSet.object(places, 'places');
  ofToolSet.function(given.journalPath, 'places.journalPath');
  ofToolSet.function(given.targetLockPath, 'places.targetLockPath', { optional: true });
}

export function checkToolCapabilitiesArguments(permissions: unknown): void {
  checkPermissions(ofToolCapabilities, permissions, 'permissions');
}
