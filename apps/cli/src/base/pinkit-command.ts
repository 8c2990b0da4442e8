import { Command } from 'clipanion';
import type { LogLevel, Logger } from '@pinkit/http';
import { readPinkitConfig, type PinkitConfig } from '../config/pinkit-config.js';
import { describeError, exitCodeFor, InputError } from '../output/describe-error.js';
import { createOutput, type Output } from '../output/output.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { OutputWriteError, outputFailure, settleOutput, watchOutput } from '../output/output-stream.js';
import { jsonOption, logLevelOption } from './options.js';

/**
 * What every pinkit command shares (`-l`, `--json`) and the one place where failures become a
 * single line on stderr and an exit code. Commands that call Pinterest extend ApiCommand.
 */
export abstract class PinkitCommand extends Command {
  logLevel = logLevelOption();

  json = jsonOption();

  /** Does the command's work; failures are thrown, never printed here. */
  protected abstract run(): Promise<number | void>;

  async execute(): Promise<number> {
    watchOutput(this.context.stdout);
    try {
      const code = (await this.run()) ?? 0;
      // A write that failed after the command's last check still lost output.
      const failed = await settleOutput(this.context.stdout);
      if (failed) throw failed;
      return code;
    } catch (thrown) {
      // Whatever the command was doing when stdout broke, the broken stdout is the story.
      const error = outputFailure(this.context.stdout) ?? thrown;
      if (error instanceof OutputWriteError && error.readerClosed) return 0;
      this.context.stderr.write(`pinkit: ${describeError(error)}\n`);
      if (this.level() >= 3 && error instanceof Error && error.stack) this.context.stderr.write(`${error.stack}\n`);
      return exitCodeFor(error);
    }
  }

  protected level(): LogLevel {
    return Number(this.logLevel) as LogLevel;
  }

  /** Request lines and diagnostics go to stderr so stdout stays clean for results and `--json`. */
  protected logger(): Logger {
    const level = this.level();
    // Log lines may quote the server (an error message, a URL it redirected to).
    return {
      level,
      log: (messageLevel, message) => void (messageLevel <= level && this.context.stderr.write(`${terminalSafe(message)}\n`)),
    };
  }

  protected output(): Output {
    return createOutput(this.context, { json: this.json });
  }

  /** `-v`, for the commands that have it. */
  protected versionFlag(): string | undefined {
    return undefined;
  }

  /** `--sandbox`, for the commands that have it. */
  protected sandboxFlag(): boolean | undefined {
    return undefined;
  }

  private configuration: PinkitConfig | undefined;

  /** The environment's configuration, read and checked on first use, once per run. */
  protected config(): PinkitConfig {
    this.configuration ??= readPinkitConfig(this.context.env, this.versionFlag(), this.sandboxFlag());
    return this.configuration;
  }
}

/**
 * Clipanion answers a missing required option with "Command not found"; checking here instead
 * names the option and what it is for.
 */
export function required(value: string | undefined, option: string, purpose: string): string {
  if (value === undefined || value.trim() === '') throw new InputError(`Missing ${option}: ${purpose}.`);
  return value;
}
