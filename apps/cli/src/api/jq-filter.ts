import { InputError } from '../output/describe-error.js';

/** Applies a jq expression to one JSON value and answers jq's output text (one result a line). */
export type JqFilter = (value: unknown) => string;

interface JqWeb {
  raw(json: string, filter: string, flags?: string[]): string;
}

/** A failure of the expression on an answer (not of the expression itself): exit 1, jq's own words. */
export class JqRunError extends Error {
  override name = 'JqRunError';
}

function jqMessage(error: unknown): string {
  const text = error instanceof Error ? ((error as { stderr?: unknown }).stderr ?? error.message) : error;
  const lines = String(text)
    .split('\n')
    .filter((line) => line.startsWith('jq: error'));
  return (lines[0] ?? String(text).split('\n', 1)[0] ?? 'jq failed').replace(/^jq: error[^:]*: /, '');
}

/**
 * The `--jq` filter: a real jq compiled to WebAssembly (jq-web, loaded only when asked), checked
 * before any request so a mistyped expression costs no quota. Strings print raw and other values
 * as JSON, as `gh api --jq` does; `compact` puts each result on one line (`--paginate`).
 */
export async function loadJqFilter(expression: string, compact: boolean): Promise<JqFilter> {
  const { default: loading } = (await import('jq-web')) as unknown as { default: Promise<JqWeb> };
  const jq = await loading;
  const flags = compact ? ['-r', '-c'] : ['-r'];
  try {
    jq.raw('null', expression, flags);
  } catch (error) {
    // jq exits 3 on an expression that does not compile; other failures here are about `null`.
    if ((error as { exitCode?: unknown }).exitCode === 3) throw new InputError(`--jq: ${jqMessage(error)}`);
  }
  return (value) => {
    try {
      const output = jq.raw(JSON.stringify(value ?? null), expression, flags);
      return output === '' ? '' : `${output}\n`;
    } catch (error) {
      throw new JqRunError(`--jq ${JSON.stringify(expression)} failed on the answer: ${jqMessage(error)}`);
    }
  };
}
