import { argumentsOf } from '@pinkit/arguments';

/**
 * The quickstart's verbosity levels: 0 critical only, 1 a bit more, 2 (default) one line per
 * request, 3 everything (headers and bodies). Messages are redacted before they get here.
 */
export type LogLevel = 0 | 1 | 2 | 3;

/** Where library packages send what they would otherwise print; the CLI decides how to show it. */
export interface Logger {
  /**
   * The most verbose level this logger shows. Callers skip building messages above it, which
   * matters for level 3: serialising every response body costs time and memory.
   */
  readonly level?: LogLevel;
  log(level: LogLevel, message: string): void;
}

/** A logger that drops everything, the default for library users who pass none. */
export const silentLogger: Logger = { level: 0, log() {} };

/** Passes on messages at or below `level` to `write`. */
export function createLevelLogger(level: LogLevel, write: (message: string) => void): Logger {
  const check = argumentsOf('createLevelLogger');
  check.oneOf(level, 'level', [0, 1, 2, 3]);
  check.function(write, 'write');
  return {
    level,
    log(messageLevel, message) {
      if (messageLevel <= level) write(message);
    },
  };
}
