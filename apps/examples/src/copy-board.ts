// Copy a board with its sections and pins, as the quickstart's copy_board does: into the account
// of TARGET_ACCESS_TOKEN, or, without it, within yours under a new name. The copy keeps a journal
// in the current folder: run the same command again after a failure or Ctrl-C and it carries on
// where it stopped, creating nothing twice.  Usage: tsx copy-board.ts BOARD_ID [NEW_NAME]
import { createV5Client, type Pin, type V5Client } from '@pinkit/api-v5';
import { copyBoard, type CopyAccount, type CopyPin } from '@pinkit/copy-engine';

const [boardId, newName] = process.argv.slice(2);
const targetToken = process.env.TARGET_ACCESS_TOKEN;
if (!boardId || (!targetToken && !newName)) {
  console.error('usage: copy-board.ts BOARD_ID [NEW_NAME] (NEW_NAME is required without TARGET_ACCESS_TOKEN)');
  process.exit(2);
}
const client = (token: string) => createV5Client({ apiUri: process.env.PINTEREST_API_URI, token });

/** A v5 pin as the engine reads it: renditions by size key, without v5's null widths and heights. */
function toCopyPin({ media, ...pin }: Pin): CopyPin {
  if (!media) return pin;
  const urls = (images: Record<string, { url: string }> | undefined) =>
    Object.fromEntries(Object.entries(images ?? {}).map(([size, image]) => [size, { url: image.url }]));
  return {
    ...pin,
    media: {
      media_type: media.media_type,
      ...('images' in media ? { images: urls(media.images) } : {}),
      ...('items' in media
        ? { items: (media.items ?? []).map((item) => ({ ...item, images: urls('images' in item ? item.images : {}) })) }
        : {}),
      ...('video_url' in media ? { video_url: media.video_url ?? null } : {}),
    },
  };
}

async function* copyPins(pins: AsyncIterable<Pin>): AsyncIterable<CopyPin> {
  for await (const pin of pins) yield toCopyPin(pin);
}

/** The account interface of @pinkit/copy-engine over a v5 client: each method is one v5 call. */
function copyAccount(pinterest: V5Client): CopyAccount {
  return {
    listBoards: () => pinterest.boards.list(),
    getBoard: (id) => pinterest.boards.get(id),
    listBoardPins: (id) => copyPins(pinterest.boards.listPins(id)),
    listSections: async function* (id) {
      // Sections always come with an id; the generated type marks it optional because it is read-only.
      for await (const section of pinterest.boardSections.list(id)) yield { id: section.id ?? '', name: section.name };
    },
    listSectionPins: (id, sectionId) => copyPins(pinterest.boardSections.listPins(id, sectionId)),
    createBoard: ({ name, description, privacy }) =>
      pinterest.boards.create({
        name,
        ...(description ? { description } : {}),
        ...(privacy === 'SECRET' || privacy === 'PROTECTED' ? { privacy } : {}),
      }),
    createSection: async (id, input) => {
      const section = await pinterest.boardSections.create(id, input);
      return { id: section.id ?? '', name: section.name };
    },
    createPin: async (input) => toCopyPin(await pinterest.pins.create(input)),
    // The client's own pacer for creates: the copy's writes wait for its tokens, once.
    writePacer: pinterest.pacer('org_write'),
    // Without uploadVideo, video pins are copied as image pins of their cover (a warning says so).
  };
}

const source = copyAccount(client(process.env.ACCESS_TOKEN ?? ''));
const controller = new AbortController();
// Ctrl-C stops starting new writes; the report then says `cancelled` and a rerun resumes.
process.once('SIGINT', () => controller.abort());
const report = await copyBoard({
  source,
  ...(targetToken ? { target: copyAccount(client(targetToken)) } : {}),
  boardId,
  ...(newName ? { targetName: newName } : {}),
  // One journal per source and target account: the same copy run again reads it and resumes.
  journal: `copy-board-${boardId}-${targetToken ? 'to-target' : 'same-account'}.journal`,
  signal: controller.signal,
  onEvent: (event) => {
    if (event.type === 'warning' || event.type === 'skipped') console.error(`${event.type}: ${event.message}`);
  },
});
const [board] = report.boards;
const { copied, alreadyCopied } = report;
console.log(
  `Board ${boardId} -> ${board?.targetId ?? 'not created'} (${board?.targetName}): ` +
    `copied ${copied.boards} board, ${copied.sections} sections, ${copied.pins} pins; ` +
    `${alreadyCopied.pins} pins were already there, ${report.skipped.length} skipped, ${report.failed.length} failed`,
);
// A fatal stop (a refused token, an unwritable journal) or failed items: exit 1, rerun later.
if (report.fatal) console.error(report.fatal.message);
process.exitCode = report.fatal || report.failed.length > 0 || report.cancelled ? 1 : 0;
