// The same argument fuzz for every package: a public function given a value of the wrong type or size
// must refuse it at its boundary with a named error on one line, not crash deep inside with a bare
// TypeError, hang, or take it silently.

/** Values a caller (a script, JSON, a typo) can pass where something else was meant, by a short label. */
export const HOSTILE_VALUES: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['undefined', undefined],
  ['null', null],
  ['0', 0],
  ['-1', -1],
  ['5', 5],
  ['1.5', 1.5],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['1e308', 1e308],
  ['empty string', ''],
  ['"x"', 'x'],
  ['"zzz"', 'zzz'],
  ['CR/LF string', 'a\r\nb'],
  ['NUL string', 'a\u0000b'],
  ['10 MB string', 'x'.repeat(10 * 1024 * 1024)],
  ['true', true],
  ['{}', {}],
  ['[]', []],
  ['["a"]', ['a']],
  ['function', () => 'x'],
  ['symbol', Symbol('hostile')],
  ['bigint', 10n],
  ['Date', new Date(0)],
]);

/** Built-in error names: a refusal under one of these is a crash inside, not a check at the boundary. */
const BARE_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError', 'EvalError']);

export interface FuzzOptions {
  /** Labels of {@link HOSTILE_VALUES} the function may take; every other one must be refused. */
  accepts?: readonly string[];
  /** Error names that count as a refusal; any name not built in does by default. */
  refusals?: readonly string[];
  /** How long one call may take to settle (default 2 s); a hang fails the fuzz. */
  timeoutMs?: number;
}

type Outcome = { kind: 'accepted' } | { kind: 'refused'; name: string; message: string } | { kind: 'hung' };

async function settle(call: () => unknown, timeoutMs: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hung' }), timeoutMs);
  });
  const ran = (async (): Promise<Outcome> => {
    try {
      await call();
      return { kind: 'accepted' };
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'refused', name, message };
    }
  })();
  try {
    return await Promise.race([ran, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls `call(value)` once per hostile value and throws one error listing every value that was taken
 * though not in `accepts`, refused with a built-in error, refused on more than one line, or hung.
 * Returns how each value was met, by label, for finer checks.
 */
export async function fuzzArgument(call: (value: unknown) => unknown, options: FuzzOptions = {}): Promise<Map<string, string>> {
  const accepts = new Set(options.accepts ?? []);
  const problems: string[] = [];
  const outcomes = new Map<string, string>();
  for (const [label, value] of HOSTILE_VALUES) {
    const outcome = await settle(() => call(value), options.timeoutMs ?? 2_000);
    if (outcome.kind === 'hung') {
      outcomes.set(label, 'hung');
      problems.push(`${label}: did not settle`);
      continue;
    }
    if (outcome.kind === 'accepted') {
      outcomes.set(label, 'accepted');
      if (!accepts.has(label)) problems.push(`${label}: accepted`);
      continue;
    }
    outcomes.set(label, outcome.name);
    const named = options.refusals ? options.refusals.includes(outcome.name) : !BARE_NAMES.has(outcome.name);
    if (!named) problems.push(`${label}: ${outcome.name}: ${outcome.message.slice(0, 200)}`);
    else if (/[\r\n]/.test(outcome.message)) problems.push(`${label}: a message of more than one line`);
  }
  if (problems.length > 0) throw new Error(`argument checks failed:\n  ${problems.join('\n  ')}`);
  return outcomes;
}
