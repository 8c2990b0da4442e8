import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';
import { PUBLISH_ACCOUNT_METHODS } from './account-methods.js';

// The checks of the package's public functions, made at their entry: a wrong argument is an
// ArgumentError naming the function, the argument and what it must be, before a plan is read, a
// journal opened or an account called. What a plan's rows hold is validation's (PlanValidationError).

const DAY_MS = 24 * 60 * 60 * 1000;
const PATH = { singleLine: true, maxLength: 4_096 } as const;
const FORMATS = ['csv', 'jsonl'] as const;
const LIMITS = ['maxImageBytes', 'maxVideoBytes', 'maxPlanBytes', 'maxRows'] as const;

const ofPublishPlan = argumentsOf('publishPlan');
const ofPlanStatus = argumentsOf('planStatus');
const ofJournalPath = argumentsOf('defaultJournalPath');
const ofInspect = argumentsOf('localFiles().inspect');
const ofRead = argumentsOf('localFiles().read');
const ofAccountAdapter = argumentsOf('publishAccountOf');

/** An object whose `methods` are functions: accounts, stores and files are duck-typed. */
function checkMethods(check: ArgumentChecks, value: unknown, argument: string, methods: readonly string[], what: string): void {
  const object = check.object(value, argument);
  for (const method of methods) {
    if (typeof object[method] !== 'function') check.fail(argument, `${what} (its ${method} is not a function)`, value);
  }
}

/** The options `publishPlan` and `planStatus` share. */
function checkPlanOptions(check: ArgumentChecks, options: Record<string, unknown>): void {
  check.string(options.plan, 'options.plan', PATH);
  check.oneOf(options.format, 'options.format', FORMATS, { optional: true });
  if (typeof options.journal === 'object' && options.journal !== null) {
    checkMethods(check, options.journal, 'options.journal', ['load', 'append', 'close'], 'a file path or a JournalStore');
  } else {
    check.string(options.journal, 'options.journal', { ...PATH, optional: true });
  }
  if (options.files !== undefined) checkMethods(check, options.files, 'options.files', ['inspect', 'read'], 'PlanFiles');
  if (options.clock !== undefined) checkMethods(check, options.clock, 'options.clock', ['now', 'sleep'], 'a Clock');
  check.integer(options.lateMs, 'options.lateMs', { optional: true, min: 0, max: 366 * DAY_MS });
  check.boolean(options.publishLate, 'options.publishLate', { optional: true });
}

export function checkPublishOptions(value: unknown): void {
  const check = ofPublishPlan;
  const options = check.object(value, 'options');
  checkPlanOptions(check, options);
  const account = ['findBoard', 'createBoard', 'findSection', 'createSection', 'createPin', 'listBoardPins', 'uploadVideo'];
  checkMethods(check, options.account, 'options.account', account, 'a PublishAccount');
  check.string(options.baseDir, 'options.baseDir', { ...PATH, optional: true });
  check.boolean(options.dryRun, 'options.dryRun', { optional: true });
  check.boolean(options.createBoards, 'options.createBoards', { optional: true });
  check.signal(options.signal, 'options.signal', { optional: true });
  check.function(options.onEvent, 'options.onEvent', { optional: true });
  check.integer(options.concurrency, 'options.concurrency', { optional: true, min: 1, max: 100 });
  const rate = check.number(options.writesPerSecond, 'options.writesPerSecond', { optional: true, max: 10_000 });
  if (rate !== undefined && rate <= 0) check.fail('options.writesPerSecond', 'a number above 0, at most 10000', rate);
  if (options.pacer !== undefined)
    checkMethods(check, options.pacer, 'options.pacer', ['acquire', 'succeeded', 'rateLimited'], 'a WritePacer');
  check.integer(options.maxAttempts, 'options.maxAttempts', { optional: true, min: 1, max: 100 });
  for (const wait of ['resumeSettleMs', 'retryBaseDelayMs', 'retryMaxDelayMs', 'maxRetryAfterMs'] as const) {
    check.integer(options[wait], `options.${wait}`, { optional: true, min: 0, max: DAY_MS });
  }
  check.function(options.classifyError, 'options.classifyError', { optional: true });
  check.function(options.random, 'options.random', { optional: true });
  const limits = check.object(options.limits, 'options.limits', { optional: true });
  for (const limit of LIMITS) check.integer(limits?.[limit], `options.limits.${limit}`, { optional: true, min: 1 });
}

export function checkPlanStatusOptions(value: unknown): void {
  checkPlanOptions(ofPlanStatus, ofPlanStatus.object(value, 'options'));
}

export function checkPlanPath(plan: unknown): void {
  ofJournalPath.string(plan, 'plan', PATH);
}

/** `localFiles()`'s two reads: an absolute or relative path and a byte count. */
export function checkFileRead(method: 'inspect' | 'read', path: unknown, bytes: unknown): void {
  const check = method === 'inspect' ? ofInspect : ofRead;
  check.string(path, 'path', PATH);
  check.integer(bytes, method === 'inspect' ? 'bytes' : 'maxBytes', { min: 0 });
}

export function checkAccountAdapterArguments(account: unknown, options: unknown): void {
  const check = ofAccountAdapter;
  checkMethods(check, account, 'account', PUBLISH_ACCOUNT_METHODS, 'an account of @pinkit/account');
  const given = check.object(options, 'options', { optional: true });
  check.integer(given?.mediaPollMs, 'options.mediaPollMs', { optional: true, min: 1, max: DAY_MS });
  check.integer(given?.mediaTimeoutMs, 'options.mediaTimeoutMs', { optional: true, min: 1, max: DAY_MS });
}
