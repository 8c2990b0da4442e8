import { Command, Option } from 'clipanion';
import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';
import type { NewPin } from '@pinkit/account';
import { ApiCommand } from '../base/api-command.js';
import { videoMediaId } from '../copy/video-media.js';
import { mediaPolling } from '../copy/wait-for-media.js';
import { requiredString } from '../base/required-option.js';

export class CopyPinCommand extends ApiCommand {
  static override paths = [['copy-pin']];

  static override usage = Command.Usage({
    category: 'Writing and copying',
    description: 'Create a pin from an existing one',
    details: `
      Reads the source pin (\`GET /v5/pins/{pin_id}\`) and creates a new pin on the board (and
      section) you name with \`POST /v5/pins\`, using the source's largest image; a carousel is
      created as a carousel (\`multiple_image_urls\`), a video pin as an image pin of its cover
      unless \`-m\` gives the video. A link, title, description or alt text longer than Pinterest
      accepts (2048/100/800/500 characters) is cut, with a warning on stderr. Pins v5 cannot
      create (several videos, images mixed with videos) are refused, naming their kind.

      With \`-m FILE\` the video file is uploaded (\`POST /v5/media\`, then a multipart POST to the
      upload URL Pinterest returns), \`GET /v5/media/{id}\` is polled every 1 s, doubling up to
      10 s, until Pinterest has processed it, and the new pin is a video pin with the source's
      largest image as its cover. \`-m MEDIA_ID\` (digits) uses an earlier upload instead.
      PINKIT_MEDIA_POLL_MS sets the first wait between polls.

      With \`-v 3\`: \`GET /v3/pins/{pin}/\` and \`PUT /v3/pins/\` (a carousel as \`carousel_data_json\`);
      story pins are refused, and \`-m\` is (v3 could not create video pins).
    `,
    examples: [
      ['Copy a pin onto a board', '$0 copy-pin -p 1234567890 -b 5550001'],
      ['Copy into a section, as a video pin', '$0 copy-pin -p 1234567890 -b 5550001 -s 7770001 -m clip.mp4'],
    ],
  });

  pinId = requiredString('-p,--pin-id', 'Source pin identifier', 'which pin to copy');

  boardId = requiredString('-b,--board-id', 'Destination board identifier', 'which board the new pin goes on');

  section = Option.String('-s,--section', { description: 'Destination board section identifier' });

  media = Option.String('-m,--media', { description: 'A video file to upload, or the id of an uploaded video: makes a video pin' });

  protected async run() {
    const { pinId, boardId } = this;
    const copying = await this.reading(['getCopyablePin', 'createPin']);
    const { supports } = await import('@pinkit/account/scopes');
    return copying.use(async (pinterest, summaries) => {
      const media = supports(pinterest.version, 'uploadVideo') ? pinterest : undefined;
      if (this.media !== undefined && media === undefined) {
        throw new InputError(`-m/--media: API v${pinterest.version} cannot create video pins; leave it out or use -v 5.`);
      }
      const { preparePinCopy, largestImage } = await import('@pinkit/copy-engine');
      const source = await pinterest.getCopyablePin(pinId);
      const plan = preparePinCopy(source, { api: `API v${pinterest.version}` });
      if (plan.kind === 'skip') {
        if (plan.reason === 'no-image' && this.media !== undefined)
          throw new Error(`Pin ${pinId} has no image to use as the cover of the video pin.`);
        throw new Error(plan.message);
      }
      const note = (text: string) => void this.context.stderr.write(`${terminalSafe(text)}\n`);
      for (const warning of plan.warnings) {
        // A video pin copied with -m stays a video pin; the "copied as an image" warning is moot.
        if (!(warning.code === 'video-as-image' && this.media !== undefined)) note(`warning: ${warning.message}`);
      }
      const { media_source: image, ...text } = plan.content;
      let mediaSource: NewPin['media_source'];
      if (this.media === undefined || media === undefined) {
        mediaSource = image;
      } else {
        const mediaId = await videoMediaId(media, this.media, mediaPolling(this.context.env), (line) => this.logger().log(1, line));
        const cover = largestImage(source.media);
        mediaSource = { source_type: 'video_id', media_id: mediaId, ...(cover ? { cover_image_url: cover.url } : {}) };
      }
      const pin = await pinterest.createPin({
        ...text,
        board_id: boardId,
        ...(this.section ? { board_section_id: this.section } : {}),
        media_source: mediaSource,
      });
      await this.output().item(pin, () => summaries.pinSummary(pin));
    });
  }
}
