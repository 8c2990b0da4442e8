import { fuzzArgument, HOSTILE_VALUES } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { classifyError } from './classify-error.js';
import { copyBoard } from './copy-board.js';
import { createCopyContext } from './copy-context.js';
import { describeError } from './copy-errors.js';
import { createFileJournal } from './file-journal.js';
import { JournalIndex } from './journal-index.js';
import { createMemoryJournal } from './journal-store.js';
import { largestImage } from './largest-image.js';
import { preparePinCopy } from './prepare-pin-copy.js';
import { readOnceWithRetry, readWithRetry } from './read-with-retry.js';
import { createHarness } from './test-support/copy-harness.js';
import { FakeClock } from './test-support/fake-clock.js';
import { writeOnce } from './write-once.js';
import { createWritePacer } from './write-pacer.js';

// Every public function of the engine, each argument given every hostile value: a wrong one is
// refused with a named error (ArgumentError for its type, CopyOptionsError for a combination of
// options that describes no copy), never a TypeError from inside, a hang, or taken silently.

type Row = [name: string, call: (value: unknown) => unknown, accepts: readonly string[]];

const ALL = [...HOSTILE_VALUES.keys()];
const OPTIONAL = ['undefined'];
const ID = ['"x"', '"zzz"'];
const MS = [...OPTIONAL, '0', '5'];
const any = (value: unknown) => value as never;

/** A copy of a board the source lacks: it resolves at once with a fatal report when every option is usable. */
function copyWith(key: string) {
  return (value: unknown) => {
    const h = createHarness();
    return copyBoard({ ...h.options({ boardId: 'missing', dryRun: true }), [key]: value });
  };
}

async function engineContext() {
  const { journal } = await JournalIndex.open(createMemoryJournal(), false);
  return createCopyContext(createHarness().options(), journal);
}

const SPEC = { key: 'pin:1', item: 'pin' as const, sourceId: '1', create: async () => ({ id: 't1' }), find: async () => undefined };
const PACER = { writesPerSecond: 10, clock: new FakeClock(), baseBackoffMs: 100, maxBackoffMs: 1000, maxPauseMs: 1000 };

async function drain(items: AsyncIterable<unknown>): Promise<void> {
  for await (const item of items) void item;
}

const ROWS: Row[] = [
  ['copyBoard(options)', (v) => copyBoard(any(v)), []],
  ['copyBoard(options.source)', copyWith('source'), []],
  ['copyBoard(options.target)', copyWith('target'), OPTIONAL],
  ['copyBoard(options.boardId)', copyWith('boardId'), ID],
  ['copyBoard(options.all)', copyWith('all'), [...OPTIONAL, 'true']],
  ['copyBoard(options.targetName)', copyWith('targetName'), [...OPTIONAL, ...ID]],
  ['copyBoard(options.dryRun)', copyWith('dryRun'), [...OPTIONAL, 'true']],
  ['copyBoard(options.journal)', copyWith('journal'), ID],
  // A dry run takes no lock, so a path here makes no file.
  ['copyBoard(options.targetLock)', copyWith('targetLock'), [...OPTIONAL, ...ID]],
  ['copyBoard(options.signal)', copyWith('signal'), OPTIONAL],
  ['copyBoard(options.onEvent)', copyWith('onEvent'), [...OPTIONAL, 'function']],
  ['copyBoard(options.concurrency)', copyWith('concurrency'), [...OPTIONAL, '5']],
  ['copyBoard(options.boardConcurrency)', copyWith('boardConcurrency'), [...OPTIONAL, '5']],
  ['copyBoard(options.pacer)', copyWith('pacer'), OPTIONAL],
  ['copyBoard(options.writesPerSecond)', copyWith('writesPerSecond'), [...OPTIONAL, '5', '1.5']],
  ['copyBoard(options.maxAttempts)', copyWith('maxAttempts'), [...OPTIONAL, '5']],
  ['copyBoard(options.retryBaseDelayMs)', copyWith('retryBaseDelayMs'), MS],
  ['copyBoard(options.retryMaxDelayMs)', copyWith('retryMaxDelayMs'), MS],
  ['copyBoard(options.maxRetryAfterMs)', copyWith('maxRetryAfterMs'), MS],
  ['copyBoard(options.resumeSettleMs)', copyWith('resumeSettleMs'), MS],
  ['copyBoard(options.classifyError)', copyWith('classifyError'), [...OPTIONAL, 'function']],
  ['copyBoard(options.clock)', copyWith('clock'), OPTIONAL],
  ['copyBoard(options.random)', copyWith('random'), [...OPTIONAL, 'function']],
  ['createFileJournal(path)', (v) => createFileJournal(any(v)), ID],
  ['createFileJournal(options)', (v) => createFileJournal('j.jsonl', any(v)), [...OPTIONAL, '{}', 'Date']],
  ['createFileJournal(options.lock)', (v) => createFileJournal('j.jsonl', { lock: any(v) }), [...OPTIONAL, 'true']],
  ['JournalIndex.open(store)', (v) => JournalIndex.open(any(v), false), []],
  ['JournalIndex.open(readOnly)', (v) => JournalIndex.open(createMemoryJournal(), any(v)), ['true']],
  ['writeOnce(ctx)', (v) => writeOnce(any(v), SPEC), []],
  ['writeOnce(spec)', async (v) => writeOnce(await engineContext(), any(v)), []],
  ['writeOnce(spec.key)', async (v) => writeOnce(await engineContext(), { ...SPEC, key: any(v) }), ID],
  ['writeOnce(spec.item)', async (v) => writeOnce(await engineContext(), { ...SPEC, item: any(v) }), []],
  ['writeOnce(spec.create)', async (v) => writeOnce(await engineContext(), { ...SPEC, create: any(v) }), ['function']],
  ['writeOnce(spec.mayExist)', async (v) => writeOnce(await engineContext(), { ...SPEC, mayExist: any(v) }), [...OPTIONAL, 'true']],
  ['readWithRetry(ctx)', (v) => drain(readWithRetry(any(v), 'pins', async function* () {})), []],
  ['readWithRetry(what)', async (v) => drain(readWithRetry(await engineContext(), any(v), async function* () {})), ID],
  ['readWithRetry(list)', async (v) => drain(readWithRetry(await engineContext(), 'pins', any(v))), ['function']],
  ['readOnceWithRetry(read)', async (v) => readOnceWithRetry(await engineContext(), 'a pin', any(v)), ['function']],
  ['createWritePacer(options)', (v) => createWritePacer(any(v)), []],
  ['createWritePacer(options.writesPerSecond)', (v) => createWritePacer({ ...PACER, writesPerSecond: any(v) }), ['5', '1.5']],
  ['createWritePacer(options.clock)', (v) => createWritePacer({ ...PACER, clock: any(v) }), []],
  ['createWritePacer(options.maxPauseMs)', (v) => createWritePacer({ ...PACER, maxPauseMs: any(v) }), ['0', '5']],
  ['largestImage(media)', (v) => largestImage(any(v)), ['undefined', 'null', '{}', 'Date']],
  ['preparePinCopy(pin)', (v) => preparePinCopy(any(v)), []],
  ['preparePinCopy(options)', (v) => preparePinCopy({ id: '1' }, any(v)), [...OPTIONAL, '{}', 'Date']],
  ['preparePinCopy(options.api)', (v) => preparePinCopy({ id: '1' }, { api: any(v) }), [...OPTIONAL, ...ID]],
  ['classifyError(error)', (v) => classifyError(v), ALL],
  ['describeError(error)', (v) => describeError(v), ALL],
];

describe('the copy engine checks its arguments', () => {
  it.each(ROWS)('%s', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('names the option and what it must be', async () => {
    const h = createHarness();
    await expect(copyBoard({ ...h.options({ boardId: 'b' }), concurrency: 'x' as never })).rejects.toMatchObject({
      name: 'ArgumentError',
      message: 'copyBoard: options.concurrency must be an integer from 1 to 1000, not a string of 1 character.',
    });
  });
});
