import { dirname, resolve } from 'node:path';
import { CopyStoppedError, createFileJournal, JournalIndex } from '@pinkit/copy-engine';
import { checkPlanPath, checkPublishOptions } from './check-publish-arguments.js';
import { Destinations } from './destinations.js';
import { localFiles } from './local-files.js';
import { defaultLimits } from './pin-limits.js';
import type { PlannedPin } from './planned-pin.js';
import { createPublishContext, isTrialRefusal } from './publish-context.js';
import type { PublishContext } from './publish-context.js';
import { PlanValidationError, PublishStoppedError, TrialAccessError } from './publish-errors.js';
import type { PublishOptions } from './publish-options.js';
import { countRows } from './publish-report.js';
import type { PublishReport } from './publish-report.js';
import { publishRow } from './publish-row.js';
import { planFormatOf, readPlan } from './read-plan.js';
import { runRows } from './run-rows.js';
import { scheduleRow } from './row-schedule.js';
import { validatePlan } from './validate-plan.js';
import type { RowState, RowStatus } from './row-status.js';

const day = 24 * 60 * 60 * 1000;

/** Where a plan's journal lives unless told: beside the plan. */
export function defaultJournalPath(plan: string): string {
  checkPlanPath(plan);
  return `${resolve(plan)}.journal.jsonl`;
}

function statusOf(pin: PlannedPin, boardId: string | null, state: RowState): RowStatus {
  return {
    row: pin.row,
    id: pin.id,
    board: pin.board,
    boardId,
    media: pin.media.kind,
    ...(pin.section === undefined ? {} : { section: pin.section }),
    ...(pin.title === undefined ? {} : { title: pin.title }),
    ...(pin.publishAt === undefined ? {} : { publishAt: pin.publishAt }),
    ...state,
  };
}

/**
 * A killed run may have sent creates that land only after a while; looking for them in the board
 * before they land would create them a second time. A row whose last attempt was answered with a
 * failure has nothing in flight, so only rows left with a bare intent are waited for.
 */
async function settleUnfinished(ctx: PublishContext, keys: string[], settleMs: number): Promise<void> {
  const unfinished = keys.filter((key) => ctx.journal.lookup(key).state === 'intent' && ctx.journal.failure(key) === undefined).length;
  if (unfinished === 0 || settleMs <= 0) return;
  ctx.emit({ type: 'settling', unfinished, waitMs: settleMs });
  // An abort ends the wait like any other; the rows then stay due and the report says cancelled.
  await ctx.clock.sleep(settleMs, ctx.signal).catch((error: unknown) => {
    if (!ctx.signal.aborted) throw error;
  });
}

/**
 * Publishes the rows of a plan whose time has come, exactly once across reruns and crashes.
 * Every row is validated first; any problem throws PlanValidationError and nothing is written.
 * Rows not yet due stay pending for a later run; rows long past due are reported late.
 */
export async function publishPlan(options: PublishOptions): Promise<PublishReport> {
  checkPublishOptions(options);
  const plan = resolve(options.plan);
  const dryRun = options.dryRun ?? false;
  const files = options.files ?? localFiles();
  const limits = { ...defaultLimits, ...options.limits };
  const parsed = await readPlan(files, plan, options.format ?? planFormatOf(plan), limits);
  // A plan that cannot be read at all is refused before a journal (and its folder) is made for it.
  if (parsed.rows.length === 0) throw new PlanValidationError(parsed.problems);
  const store =
    typeof options.journal === 'object'
      ? options.journal
      : createFileJournal(options.journal ?? defaultJournalPath(plan), { lock: !dryRun });
  try {
    // Locked before any account call: a second run of the same plan is refused before it reads Pinterest.
    const { journal, ignoredLines } = await JournalIndex.open(store, dryRun);
    const ctx = createPublishContext(options, journal);
    const destinations = new Destinations(ctx, options.account, options.createBoards ?? false);
    const { pins, problems } = await validatePlan(parsed, { files, baseDir: options.baseDir ?? dirname(plan), limits, destinations });
    if (problems.length > 0) throw new PlanValidationError(problems);

    const rules = { now: ctx.clock.now(), lateMs: options.lateMs ?? day, publishLate: options.publishLate ?? false };
    const statuses = pins.map((pin) => statusOf(pin, destinations.knownBoardId(pin.board), scheduleRow(pin, journal, rules)));
    ctx.emit({ type: 'plan', rows: statuses.map((status) => ({ ...status })), dryRun });
    const due = pins.flatMap((pin, index) => (statuses[index]?.state === 'due' ? [{ pin, index }] : []));
    if (!dryRun) {
      await settleUnfinished(
        ctx,
        due.map(({ pin }) => pin.key),
        options.resumeSettleMs ?? 2000,
      );
      const deps = { ctx, account: options.account, files, limits, destinations };
      await runRows(due, options.concurrency ?? 4, ctx.signal, ctx.stop, async ({ pin, index }) => {
        const state = await publishRow(pin, deps);
        statuses[index] = statusOf(pin, destinations.knownBoardId(pin.board), state);
      });
    }
    const report: PublishReport = {
      dryRun,
      cancelled: options.signal?.aborted === true && ctx.stoppedBy === undefined,
      rows: statuses,
      counts: countRows(statuses),
      boardsCreated: destinations.created.boards,
      sectionsCreated: destinations.created.sections,
      ignoredJournalLines: ignoredLines,
    };
    const stoppedBy = ctx.stoppedBy instanceof CopyStoppedError ? ctx.stoppedBy.cause : ctx.stoppedBy;
    if (ctx.stoppedBy !== undefined) {
      if (isTrialRefusal(stoppedBy)) throw new TrialAccessError(stoppedBy, report);
      throw new PublishStoppedError(stoppedBy, report);
    }
    ctx.emit({ type: 'done', report });
    return report;
  } finally {
    await store.close();
  }
}
