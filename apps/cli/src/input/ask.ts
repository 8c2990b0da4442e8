import type { Readable, Writable } from 'node:stream';

export interface Prompter {
  /** Shows `text` and resolves with the line typed, trimmed; '' when the input ends. */
  question(text: string): Promise<string>;
  close(): void;
}

/** Prompts on `output` (stderr, so stdout stays for results); readline loads only when asked. */
export async function openPrompter(input: Readable, output: Writable): Promise<Prompter> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input, output });
  const closed = new Promise<string>((resolve) => rl.once('close', () => resolve('')));
  return {
    async question(text) {
      return (await Promise.race([rl.question(text), closed])).trim();
    },
    close: () => rl.close(),
  };
}

export function isYes(answer: string): boolean {
  return /^y(es)?$/i.test(answer);
}
