import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError } from '../output/describe-error.js';

/** A request body is small; a bigger one is a mistake (a wrong file), not an API call. */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

async function readBounded(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`--input: more than ${MAX_INPUT_BYTES} bytes on standard input.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body of `--input FILE` or `--input -` (standard input), parsed. */
export async function readJsonInput(source: string, stdin: Readable): Promise<unknown> {
  let text: string;
  if (source === '-') text = await readBounded(stdin);
  else {
    try {
      const buffer = await readFile(source);
      if (buffer.length > MAX_INPUT_BYTES) throw new InputError(`--input: ${source} is more than ${MAX_INPUT_BYTES} bytes.`);
      text = buffer.toString('utf8');
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`--input: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError(`--input: ${source === '-' ? 'standard input' : source} is not JSON.`);
  }
}
