import type { CopyPin, CreatePinInput } from './copy-account.js';
import type { CopyContext } from './copy-context.js';
import { journalKey } from './copy-journal.js';
import type { BoardScope } from './copy-journal.js';
import { findPin, findPreexistingPin } from './find-in-target.js';
import { copyVideo } from './copy-video.js';
import { preparePinCopy } from './prepare-pin-copy.js';
import { recordOutcome } from './record-outcome.js';
import { writeOnce } from './write-once.js';

export interface PinDestination {
  scope: BoardScope;
  /** Where the copy goes; null while its board or section is only planned (dry run). */
  target: { boardId: string; sectionId?: string } | null;
  /**
   * The target board was found rather than created (copied before with another journal, or by
   * hand): its pins may be there already, so each is looked up before it is created.
   */
  adopted: boolean;
}

/** Copies one source pin the journal does not map yet, or reports why it is skipped. */
async function copyPinTask(ctx: CopyContext, destination: PinDestination, pin: CopyPin, key: string): Promise<void> {
  const sourceBoardId = destination.scope.sourceBoardId;
  const plan = preparePinCopy(pin, {
    uploadsVideo: ctx.target.uploadVideo !== undefined,
    ...(ctx.target.api ? { api: ctx.target.api } : {}),
  });
  if (plan.kind === 'skip') return ctx.progress.skipped('pin', pin.id, plan.reason, plan.message);
  for (const warning of plan.warnings) ctx.progress.warning(warning);
  const target = destination.target;
  if (target === null) return ctx.progress.pin(sourceBoardId, pin.id, null, 'planned');
  const { media_source: cover } = plan.content;
  const mediaSource = plan.video && cover.source_type === 'image_url' ? await copyVideo(ctx, pin.id, plan.video.url, cover) : cover;
  if (mediaSource === undefined) return;
  const input: CreatePinInput = {
    ...plan.content,
    media_source: mediaSource,
    board_id: target.boardId,
    ...(target.sectionId === undefined ? {} : { board_section_id: target.sectionId }),
  };
  // A pin the journal never tried can only be in an adopted board if it was there before this
  // run; any later lookup (after an unclear answer) needs a fresh listing.
  let preexisting = destination.adopted && ctx.journal.lookup(key).state === 'new';
  const outcome = await writeOnce(ctx, {
    key,
    item: 'pin',
    sourceId: pin.id,
    create: () => ctx.target.createPin(input),
    find: () => {
      const first = preexisting;
      preexisting = false;
      return first ? findPreexistingPin(ctx, input, pin.dominant_color) : findPin(ctx, input, pin.dominant_color);
    },
    mayExist: destination.adopted,
  });
  recordOutcome(ctx, 'pin', pin.id, outcome, (targetId, via) => ctx.progress.pin(sourceBoardId, pin.id, targetId, via));
}

/** Hands a pin to the write pool, waiting for a free slot: the backpressure on the readers. */
export async function schedulePin(ctx: CopyContext, destination: PinDestination, pin: CopyPin): Promise<void> {
  ctx.signal.throwIfAborted();
  const key = journalKey('pin', destination.scope, pin.id);
  // Paged listings can repeat an item when the board changes under them.
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const prior = ctx.journal.lookup(key);
  // Mapped pins are reported without a slot, and before preparing them, so that a rerun does
  // not repeat the first run's truncation warnings.
  if (prior.state === 'done') return ctx.progress.pin(destination.scope.sourceBoardId, pin.id, prior.targetId, 'journal');
  await ctx.pool.spawn(() => copyPinTask(ctx, destination, pin, key), ctx.signal);
}
