import { PassThrough } from 'node:stream';
import type { BaseContext } from 'clipanion';
import { describe, expect, it } from 'vitest';
import { createOutput } from './output.js';

function terminal(answers: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  let text = '';
  stdout.on('data', (chunk) => {
    text += chunk;
    if (String(chunk).includes('next page?')) stdin.write(`${answers.shift() ?? ''}\n`);
  });
  const context = { stdin, stdout, stderr: new PassThrough(), env: {}, colorDepth: 1 } as unknown as BaseContext;
  return { context, output: () => text };
}

async function* pages(count: number, fetched: number[]) {
  for (let n = 1; n <= count; n++) {
    fetched.push(n);
    yield { items: [`item ${n}`], bookmark: n < count ? `b${n}` : null };
  }
}

describe('createOutput().listing', () => {
  it('asks before each further page on a terminal and stops on "n"', async () => {
    const { context, output } = terminal(['y', 'n']);
    const fetched: number[] = [];
    const count = await createOutput(context, { json: false }).listing(pages(5, fetched), String);
    expect(count).toBe(2);
    expect(output().match(/next page\?/g)).toHaveLength(2);
    expect(output()).toContain('item 2');
    expect(output()).not.toContain('item 3\n');
  });

  it('never asks when the output is JSON', async () => {
    const { context, output } = terminal([]);
    const count = await createOutput(context, { json: true }).listing(pages(3, []), String);
    expect(count).toBe(3);
    expect(output()).toBe('"item 1"\n"item 2"\n"item 3"\n');
  });
});
