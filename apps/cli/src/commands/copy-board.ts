import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { CopyAccount, CopyReport } from '@pinkit/copy-engine';
import type { Logger } from '@pinkit/http';
import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { createProgressDisplay, type ProgressDisplay } from '../output/progress-display.js';
import { ApiCommand } from '../base/api-command.js';
import { copyBoardRequest } from '../copy/copy-board-arguments.js';
import { reportJson, reportText } from '../copy/copy-report-text.js';
import { onInterrupt } from '../copy/interrupt.js';
import { defaultJournalPath, targetLockPath } from '../copy/journal-path.js';
import { accountId, canUpload, openCopyAccounts, type CopyParty } from '../copy/open-copy-accounts.js';
import { videoUploader } from '../copy/video-upload.js';
import { mediaPolling } from '../copy/wait-for-media.js';

const DEFAULT_TOKEN = 'access_token';
const EXIT_INTERRUPTED = 130;

export class CopyBoardCommand extends ApiCommand {
  static override paths = [['copy-board']];

  static override usage = Command.Usage({
    category: 'Writing and copying',
    description: 'Copy one board or every board, with sections and pins',
    details: `
      Three uses, as in the quickstart: \`-b ID -n NAME\` copies a board within one account under a
      new name; \`-b ID -s SOURCE -t TARGET\` copies it to another account (\`-s\`/\`-t\` are token
      names, looked up like \`-a\`); \`--all -s SOURCE -t TARGET\` copies every board. Other mixes
      are refused (exit 2), as is \`--all\` or a copy without \`-n\` when both tokens belong to one
      user. \`--dry-run\` prints the plan and writes nothing.

      Images, carousels (as \`multiple_image_urls\`) and videos are copied: a video as an image pin
      of its cover, or with \`--copy-videos\` as a video pin (each video is downloaded from its
      \`video_url\`, uploaded through \`POST /v5/media\` and waited for; where Pinterest sends no
      \`video_url\` or the download fails, the cover image is used, with a warning). Pins v5 cannot
      create (several videos, images mixed with videos) and pins Pinterest refuses as spam are
      skipped and listed.
      Writes run \`--concurrency\` at a time (default 8), paced under \`--writes-per-second\`
      (default 10), and slow down on a 429. Requests also keep to Pinterest's rate limits without
      being told: each category (org_write, org_read, ...) is paced from the documented quotas,
      then from the X-RateLimit headers of the answers. Transient failures are retried after
      checking that the write did not land.

      A journal makes the copy resumable and exactly-once: run the same command again after a
      failure, Ctrl-C or a crash and it continues without duplicating a pin. It lives in
      \`\${XDG_STATE_HOME:-~/.local/state}/pinkit/copy-journals/<api host>/<source user id>-to-<target user id>.jsonl\`;
      \`--journal PATH\` chooses another file (with a fresh file, boards the target already has are adopted
      and their pins looked up before any is created). One copy at a time per journal, and per target
      account whatever the journal (the lock \`to-<target user id>.lock\` beside the journals): a second is
      refused (exit 1) while the first runs, and run again afterwards adopts what the first copied; the
      locks of a killed run are taken over.

      With \`-v 3\` the same copy runs on v3's endpoints (\`PUT /v3/boards/\`, \`PUT
      /v3/board/{id}/sections/\`, \`PUT /v3/pins/\`, carousels as \`carousel_data_json\`), with the
      same journal and report: story pins are skipped, a video pin (v3 shows only its cover) is
      copied as an image pin, and \`--copy-videos\` is refused.

      On a terminal, progress is one redrawn line on stderr (request lines only with \`-l 3\`);
      otherwise plain lines: boards, skips, warnings and failures, and each pin from \`-l 2\`. The
      report goes to stdout (\`--json\`: one JSON object). Exit 0 when nothing failed, 1 otherwise;
      Ctrl-C stops after the writes in flight (exit 130), a second Ctrl-C at once.
    `,
    examples: [
      ['Copy a board within your account', '$0 copy-board -b 1234567890 -n "Recipes (copy)"'],
      ['Preview copying every board to another account', '$0 copy-board --all -s access_token -t target_access_token --dry-run'],
      [
        'Copy one board to another account, faster',
        '$0 copy-board -b 1234567890 -s access_token -t target_access_token --writes-per-second 40',
      ],
    ],
  });

  boardId = Option.String('-b,--board-id', { description: 'Source board identifier' });

  name = Option.String('-n,--name', { description: 'Name of the new board (required within one account)' });

  sourceToken = Option.String('-s,--source-access-token', { description: 'Name of the source access token' });

  targetToken = Option.String('-t,--target-access-token', { description: 'Name of the target access token' });

  all = Option.Boolean('--all', false, { description: 'Copy every board from the source to the target account' });

  dryRun = Option.Boolean('--dry-run', false, { description: 'Print what would be copied; write nothing' });

  copyVideos = Option.Boolean('--copy-videos', false, {
    description: 'Copy video pins as videos (download and upload each); default: image pins of their cover',
  });

  concurrency = Option.String('--concurrency', {
    description: 'Copies in flight at once (default 8)',
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(1, 64)]),
  });

  writesPerSecond = Option.String('--writes-per-second', {
    description: 'Ceiling on writes per second (default 10)',
    validator: t.cascade(t.isNumber(), [t.isAtLeast(0.1)]),
  });

  journal = Option.String('--journal', { description: 'Journal file to resume from and record to (default: see details)' });

  protected async run() {
    const request = copyBoardRequest({
      boardId: this.boardId,
      name: this.name,
      all: this.all,
      sourceToken: this.sourceToken,
      targetToken: this.targetToken,
      accessToken: this.accessTokenName,
      defaultAccessToken: DEFAULT_TOKEN,
    });
    const display = createProgressDisplay(this.context.stderr, { level: this.level() });
    const accounts = await openCopyAccounts(
      request,
      (token, use) => this.account(use.capabilities, { token, secret: true, logger: this.requestLogger(display) }),
      { videos: this.copyVideos },
    );
    const { copyBoard, CopyOptionsError } = await import('@pinkit/copy-engine');
    const { apiUri } = this.config();
    const { sourceUser, targetUser } = accounts;
    const journal = this.journal ?? defaultJournalPath(this.context.env, apiUri, accountId(sourceUser), accountId(targetUser));
    // The account written to uploads the videos: the target, or the source within one account.
    const { proxyEnv, transportTimeouts } = this.config();
    const download = this.copyVideos ? (await import('@pinkit/account')).videoDownload({ proxyEnv, transportTimeouts }) : undefined;
    const videos = async (api: CopyParty) =>
      download && (await canUpload(api)) ? { uploadVideo: videoUploader(api, mediaPolling(this.context.env), download) } : {};
    const source: CopyAccount = accounts.source.copyAccount(await videos(accounts.source));
    const target: CopyAccount | undefined = accounts.target && accounts.target.copyAccount(await videos(accounts.target));
    const controller = new AbortController();
    const stopListening = onInterrupt(
      () => {
        display.line('Stopping: letting the writes in flight finish (Ctrl-C again quits at once; the journal keeps that safe).');
        controller.abort();
      },
      () => process.exit(EXIT_INTERRUPTED),
    );
    let report: CopyReport;
    try {
      report = await copyBoard({
        source,
        ...(target ? { target } : {}),
        ...('all' in request.selection ? { all: true } : { boardId: request.selection.boardId }),
        ...('name' in request.selection && request.selection.name !== undefined ? { targetName: request.selection.name } : {}),
        dryRun: this.dryRun,
        journal,
        targetLock: targetLockPath(this.context.env, apiUri, accountId(targetUser)),
        signal: controller.signal,
        onEvent: (event) => display.onEvent(event),
        ...(this.concurrency === undefined ? {} : { concurrency: Number(this.concurrency) }),
        ...(this.writesPerSecond === undefined ? {} : { writesPerSecond: Number(this.writesPerSecond) }),
      });
    } catch (error) {
      // Every option comes from a flag: one the engine refuses (a name with a control character, a
      // rate above its ceiling) is bad input like a combination it refuses.
      if (error instanceof CopyOptionsError || (error instanceof Error && error.name === 'ArgumentError')) {
        throw new InputError(error.message);
      }
      throw error;
    } finally {
      stopListening();
      display.stop();
    }
    // Some option checks need the source board (its name), so they surface as a fatal stop.
    if (report.fatal?.cause instanceof CopyOptionsError) throw new InputError(report.fatal.message);
    await this.output().item(reportJson(report, journal), () => reportText(report, journal));
    if (controller.signal.aborted) {
      this.context.stderr.write('Interrupted: run the same command again to resume.\n');
      return EXIT_INTERRUPTED;
    }
    return report.failed.length > 0 || report.fatal !== null || report.cancelled ? 1 : 0;
  }

  /** Request lines pass through the progress display; on a terminal the bar stands in for them below -l 3. */
  private requestLogger(display: ProgressDisplay): Logger {
    const level = this.level();
    const terminal = Boolean((this.context.stderr as { isTTY?: boolean }).isTTY);
    const shown = terminal && level === 2 ? 1 : level;
    return {
      level: shown,
      log: (messageLevel, message) => void (messageLevel <= shown && display.line(terminalSafe(message))),
    };
  }
}
