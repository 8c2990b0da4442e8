import { writeOnce } from '@pinkit/copy-engine';
import { buildMediaSource } from './build-media-source.js';
import type { Destinations } from './destinations.js';
import { findPublishedPin } from './find-published-pin.js';
import type { PublishLimits } from './pin-limits.js';
import type { PlannedPin } from './planned-pin.js';
import type { PublishContext } from './publish-context.js';
import type { PlanFiles, PublishAccount, PublishMediaSource, PublishPinInput } from './publish-ports.js';
import type { RowState } from './row-status.js';

export interface RowDeps {
  ctx: PublishContext;
  account: PublishAccount;
  files: PlanFiles;
  limits: PublishLimits;
  destinations: Destinations;
}

/** Publishes one due row exactly once and says where it stands after. */
export async function publishRow(pin: PlannedPin, deps: RowDeps): Promise<RowState> {
  const { ctx, account } = deps;
  const fail = async (message: string): Promise<RowState> => {
    const at = ctx.clock.now();
    await ctx.journal.recordFailed(pin.key, message, at, { digest: pin.digest });
    ctx.emit({ type: 'row-failed', row: pin.row, id: pin.id, message });
    return { state: 'failed', message, at };
  };
  const destination = await deps.destinations.resolve(pin.board, pin.section);
  if ('failed' in destination) return destination.failed === 'cancelled' ? { state: 'due' } : fail(destination.failed);
  const input: Omit<PublishPinInput, 'media_source'> = {
    board_id: destination.boardId,
    ...(destination.sectionId === undefined ? {} : { board_section_id: destination.sectionId }),
    ...(pin.title === undefined ? {} : { title: pin.title }),
    ...(pin.description === undefined ? {} : { description: pin.description }),
    ...(pin.link === undefined ? {} : { link: pin.link }),
    ...(pin.altText === undefined ? {} : { alt_text: pin.altText }),
  };
  // Built on the first create only (after the lookup, when one is due), and again after a failure:
  // a video is uploaded once per attempt that needs it, never for a row found published.
  let media: Promise<PublishMediaSource> | undefined;
  const mediaSource = () =>
    (media ??= buildMediaSource(pin.media, {
      ...deps,
      signal: ctx.signal,
      onVideoUploaded: (mediaId) => ctx.emit({ type: 'video-uploaded', row: pin.row, id: pin.id, mediaId }),
    }).catch((error: unknown) => {
      media = undefined;
      throw error;
    }));
  const outcome = await writeOnce(ctx, {
    key: pin.key,
    item: 'pin',
    sourceId: pin.id,
    digest: pin.digest,
    create: async () => account.createPin({ ...input, media_source: await mediaSource() }),
    find: () => findPublishedPin(ctx, (boardId) => account.listBoardPins(boardId), input),
  });
  switch (outcome.status) {
    case 'done': {
      const via = outcome.via === 'journal' ? 'created' : outcome.via;
      ctx.emit({ type: 'row-published', row: pin.row, id: pin.id, pinId: outcome.targetId, via });
      return { state: 'published', pinId: outcome.targetId, at: ctx.clock.now(), via };
    }
    case 'failed':
    case 'spam':
      return fail(outcome.message);
    case 'planned':
    case 'cancelled':
      return { state: 'due' };
  }
}
