import { once } from 'node:events';
import type { BaseContext } from 'clipanion';
import type { Page } from '@pinkit/http';
import { keepHeapLean } from './lean-heap.js';
import { OutputWriteError, outputFailure, watchOutput } from './output-stream.js';

export interface Output {
  readonly json: boolean;
  /** One result: a JSON line with `--json`, else the human text. */
  item(value: unknown, human: () => string): Promise<void>;
  /** A paged result. Human output on a terminal asks before each further page. */
  listing<T>(pages: AsyncIterable<Page<T>>, human: (item: T) => string): Promise<number>;
  /** Free text for people (headings, notes); dropped with `--json`. */
  note(text: string): Promise<void>;
}

function isTerminal(stream: unknown): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY);
}

export function createOutput(context: BaseContext, options: { json: boolean }): Output {
  const { stdout } = context;
  watchOutput(stdout);
  // Waiting for 'drain' keeps memory flat when a large listing is piped into a slow reader. A
  // write error stops the command at its next write, before it fetches pages nobody will read.
  async function write(text: string) {
    const failed = outputFailure(stdout);
    if (failed) throw failed;
    try {
      if (!stdout.write(text)) await once(stdout, 'drain');
    } catch (error) {
      throw outputFailure(stdout) ?? new OutputWriteError(error);
    }
  }
  const interactive = !options.json && isTerminal(context.stdin) && isTerminal(stdout);

  async function askToContinue(): Promise<boolean> {
    // Loaded only when a person is asked, so scripts and `--json` never pay for readline.
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: context.stdin, output: stdout });
    try {
      const answer = await rl.question('Get the next page? [Y/n] ');
      return !/^n/i.test(answer.trim());
    } finally {
      rl.close();
    }
  }

  return {
    json: options.json,
    async item(value, human) {
      await write(options.json ? `${JSON.stringify(value)}\n` : `${human()}\n`);
    },
    async listing<T>(pages: AsyncIterable<Page<T>>, human: (item: T) => string) {
      // Only the process's own stdout: main() run inside a test's process must not retune it.
      if (stdout === process.stdout) await keepHeapLean();
      let count = 0;
      const iterator = pages[Symbol.asyncIterator]();
      let next = await iterator.next();
      while (!next.done) {
        for (const item of next.value.items) {
          await write(options.json ? `${JSON.stringify(item)}\n` : `${human(item)}\n`);
          count++;
        }
        next = await iterator.next();
        if (!next.done && interactive && !(await askToContinue())) {
          await iterator.return?.();
          break;
        }
      }
      return count;
    },
    async note(text) {
      if (!options.json) await write(`${text}\n`);
    },
  };
}
