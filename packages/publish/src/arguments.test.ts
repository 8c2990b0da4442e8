import { fileURLToPath } from 'node:url';
import { fuzzArgument } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { publishAccountOf } from './account-adapter.js';
import { localFiles } from './local-files.js';
import { planStatus } from './plan-status.js';
import { PlanValidationError } from './publish-errors.js';
import { defaultJournalPath, publishPlan } from './publish-plan.js';
import { planPath, publishHarness } from './test-support/publish-harness.js';

// Every public function of the package, each argument given every hostile value: a wrong one is
// refused with a named error saying which argument and what it must be (ArgumentError), never a
// TypeError from inside, a hang, or taken silently. Plans, files and journal live in memory.

type Row = [name: string, call: (value: unknown) => unknown, accepts: readonly string[]];

const OPTIONAL = ['undefined'];
const PATH = ['"x"', '"zzz"'];
const MS = [...OPTIONAL, '0', '5'];
const ROW = { id: 'r1', board: 'Recipes', title: 'Soup', media: 'a.jpg' };
const any = (value: unknown) => value as never;
const HERE = fileURLToPath(import.meta.url);

/** Taken when the call got past its checks: a missing or too large file is the file system's answer, not a refusal. */
async function checked(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (error instanceof Error && error.name === 'ArgumentError') throw error;
  }
}

/**
 * A dry run of a one-row plan with `key` set to the value (a real run for `dryRun` itself). A plan
 * that validation refuses (a path or folder with no plan or media there) got past the checks.
 */
function publishWith(key: string) {
  return async (value: unknown) => {
    try {
      await publishHarness([ROW]).run({ dryRun: key !== 'dryRun', [key]: value });
    } catch (error) {
      if (!(error instanceof PlanValidationError)) throw error;
    }
  };
}

function statusWith(key: string) {
  return (value: unknown) => {
    const { files, journal } = publishHarness([ROW]);
    return planStatus({ plan: planPath, files, journal, [key]: value });
  };
}

async function* nothing() {}

const ACCOUNT = {
  listBoards: nothing,
  createBoard: async () => ({}),
  listBoardSections: nothing,
  createSection: async () => ({}),
  createPin: async () => ({}),
  listBoardPins: nothing,
  uploadVideo: async () => 'm',
  getMediaStatus: async () => 'succeeded',
};

const ROWS: Row[] = [
  ['publishPlan(options)', (v) => publishPlan(any(v)), []],
  ...(
    [
      ['plan', PATH],
      ['format', [...OPTIONAL]],
      ['account', []],
      ['files', OPTIONAL],
      ['baseDir', [...OPTIONAL, ...PATH]],
      ['journal', [...OPTIONAL, ...PATH]],
      ['dryRun', [...OPTIONAL, 'true']],
      ['createBoards', [...OPTIONAL, 'true']],
      ['publishLate', [...OPTIONAL, 'true']],
      ['lateMs', MS],
      ['resumeSettleMs', MS],
      ['signal', OPTIONAL],
      ['onEvent', [...OPTIONAL, 'function']],
      ['concurrency', [...OPTIONAL, '5']],
      ['writesPerSecond', [...OPTIONAL, '5', '1.5']],
      ['pacer', OPTIONAL],
      ['maxAttempts', [...OPTIONAL, '5']],
      ['retryBaseDelayMs', MS],
      ['retryMaxDelayMs', MS],
      ['maxRetryAfterMs', MS],
      ['classifyError', [...OPTIONAL, 'function']],
      ['clock', OPTIONAL],
      ['random', [...OPTIONAL, 'function']],
      ['limits', [...OPTIONAL, '{}', 'Date']],
    ] as const
  ).map(([key, accepts]): Row => [`publishPlan(options.${key})`, publishWith(key), accepts]),
  ['planStatus(options)', (v) => planStatus(any(v)), []],
  ['planStatus(options.plan)', statusWith('plan'), PATH],
  ['planStatus(options.format)', statusWith('format'), OPTIONAL],
  ['planStatus(options.journal)', statusWith('journal'), [...OPTIONAL, ...PATH]],
  ['planStatus(options.files)', statusWith('files'), OPTIONAL],
  ['planStatus(options.clock)', statusWith('clock'), OPTIONAL],
  ['planStatus(options.lateMs)', statusWith('lateMs'), MS],
  ['planStatus(options.publishLate)', statusWith('publishLate'), [...OPTIONAL, 'true']],
  ['defaultJournalPath(plan)', (v) => defaultJournalPath(any(v)), PATH],
  ['localFiles().inspect(path)', (v) => checked(() => localFiles().inspect(any(v), 16)), PATH],
  ['localFiles().inspect(bytes)', (v) => checked(() => localFiles().inspect(HERE, any(v))), ['0', '5']],
  ['localFiles().read(path)', (v) => checked(() => localFiles().read(any(v), 16)), PATH],
  ['localFiles().read(maxBytes)', (v) => checked(() => localFiles().read(HERE, any(v))), ['0', '5']],
  ['publishAccountOf(account)', (v) => publishAccountOf(any(v)), []],
  ['publishAccountOf(options)', (v) => publishAccountOf(ACCOUNT, any(v)), [...OPTIONAL, '{}', 'Date']],
  ['publishAccountOf(options.mediaPollMs)', (v) => publishAccountOf(ACCOUNT, { mediaPollMs: any(v) }), [...OPTIONAL, '5']],
  ['publishAccountOf(options.mediaTimeoutMs)', (v) => publishAccountOf(ACCOUNT, { mediaTimeoutMs: any(v) }), [...OPTIONAL, '5']],
];

describe('publishing checks its arguments', () => {
  it.each(ROWS)('%s', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('checks each limit', async () => {
    await fuzzArgument((value) => publishHarness([ROW]).run({ dryRun: true, limits: { maxRows: any(value) } }), {
      accepts: [...OPTIONAL, '5'],
    });
  });

  it('names the option and what it must be', async () => {
    await expect(publishHarness([ROW]).run({ concurrency: 'x' as never })).rejects.toMatchObject({
      name: 'ArgumentError',
      message: 'publishPlan: options.concurrency must be an integer from 1 to 100, not a string of 1 character.',
    });
  });
});
