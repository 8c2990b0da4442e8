import { Command, Option } from 'clipanion';
import type { Capability } from '@pinkit/account';
import type { Logger } from '@pinkit/http';
import type * as Publish from '@pinkit/publish';
import type { PublishReport } from '@pinkit/publish';
import { PUBLISH_ACCOUNT_METHODS } from '@pinkit/publish';
import { ApiCommand } from '../base/api-command.js';
import { requiredArgument } from '../base/required-option.js';
import { onInterrupt } from '../copy/interrupt.js';
import { mediaPolling } from '../copy/wait-for-media.js';
import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { parseDuration } from '../publish/parse-duration.js';
import { createPublishProgress } from '../publish/publish-progress.js';
import { nextDue, reportText, rowLine } from '../publish/publish-text.js';

const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

/** What publishing calls; v3 lacks the media uploads, so the command is refused there in one line. */
const CAPABILITIES: readonly Capability[] = PUBLISH_ACCOUNT_METHODS;

export class PublishCommand extends ApiCommand {
  static override paths = [['publish']];

  static override usage = Command.Usage({
    category: 'Writing and copying',
    description: 'Publish pins from a plan (CSV or JSON Lines), exactly once and on schedule',
    details: `
      PLAN is a CSV file with a header row or a JSON Lines file (\`.jsonl\`), one pin a row, with
      the columns \`board\`, \`section\`, \`title\`, \`description\`, \`link\`, \`alt_text\`,
      \`media\` (an image URL, a local JPEG or PNG, a local MP4 or MOV video, or 2 to 5 images
      separated by \`|\`), \`cover\` (a video's cover image), \`publish_at\` (ISO 8601 with an offset)
      and \`id\` (the row's key; default a fingerprint of the row). Relative paths start at the plan's
      folder.

      Every row is checked before anything is written: all problems are listed with their row
      numbers (the header is row 1; for JSON Lines the line number) and the command exits 2.
      An unknown board or section is a problem unless \`--create-boards\` creates it by name.
      \`--dry-run\` prints the plan and writes nothing.

      A journal (\`PLAN.journal.jsonl\`, or \`--journal PATH\`) records each row's pin: run the same
      command again after a failure, Ctrl-C or a crash and only what is not done is published.
      A row whose content changed under the same id is reported, not published again. One run at a
      time per journal: a second is refused (exit 1).

      A run publishes the rows that are due and leaves rows whose \`publish_at\` is in the future
      pending. A plain run lists every row and says how many are pending and when the next falls
      due; \`--due\` is the same run made for cron or a systemd timer every few minutes: it prints
      only the rows it published or that need a look and one summary line, and exits 0 when
      nothing is due. A row more than \`--late\` (default 24h) past its time is reported, not
      published, unless \`--publish-late\`. \`--status\` reads the plan and journal only (no
      token) and lists every row: published (pin id, when), pending (when), late, changed, failed
      (why).

      An app with trial access (Pinterest's code 29) stops at its first write, with the sandbox
      hint. Exit 0 when no row failed, 1 otherwise; Ctrl-C stops after the writes in flight (130).
    `,
    examples: [
      ['Check a plan without writing', '$0 publish pins.csv --dry-run'],
      ['Publish, creating missing boards and sections', '$0 publish pins.csv --create-boards'],
      ['From cron: publish what has fallen due', '$0 publish /srv/pins/pins.csv --due'],
      ['Where every row stands', '$0 publish pins.csv --status'],
    ],
  });

  plan = requiredArgument('PLAN', 'which plan to publish');

  createBoards = Option.Boolean('--create-boards', false, { description: 'Create missing boards and sections by name' });

  dryRun = Option.Boolean('--dry-run', false, { description: 'Print what would be published; write nothing' });

  journal = Option.String('--journal', { description: 'Journal file (default: PLAN.journal.jsonl beside the plan)' });

  due = Option.Boolean('--due', false, { description: 'Publish the rows that are due, quietly (for cron or a timer)' });

  status = Option.Boolean('--status', false, { description: 'List where every row stands; write nothing' });

  late = Option.String('--late', '24h', { description: 'A row more than this past its time is not published (default 24h)' });

  publishLate = Option.Boolean('--publish-late', false, { description: 'Publish late rows too' });

  protected async run() {
    const lateMs = parseDuration(this.late, '--late');
    if (this.status && (this.dryRun || this.due || this.createBoards)) {
      throw new InputError('publish: --status only reads; it takes no --dry-run, --due or --create-boards.');
    }
    const publish = await import('@pinkit/publish');
    const journal = this.journal ?? publish.defaultJournalPath(this.plan);
    try {
      if (this.status) return await this.showStatus(publish, journal, lateMs);
      return await this.publish(publish, journal, lateMs);
    } catch (error) {
      if (!(error instanceof publish.PlanValidationError)) throw error;
      // Every problem, one line each: the user fixes them all in one go.
      this.context.stderr.write(
        `${error.message
          .split('\n')
          .map((line) => terminalSafe(line))
          .join('\n')}\n`,
      );
      return EXIT_USAGE;
    }
  }

  private async showStatus(publish: typeof Publish, journal: string, lateMs: number): Promise<number> {
    const rows = await publish.planStatus({ plan: this.plan, journal, lateMs, publishLate: this.publishLate });
    const next = nextDue(rows);
    await this.output().item({ plan: this.plan, journal, rows, nextDue: next === undefined ? null : new Date(next).toISOString() }, () =>
      rows.map(rowLine).join('\n'),
    );
    return rows.some((row) => row.state === 'failed') ? 1 : 0;
  }

  private async publish(publish: typeof Publish, journal: string, lateMs: number): Promise<number> {
    const progress = createPublishProgress(this.context.stderr);
    const account = await this.account(CAPABILITIES, {
      instead: 'publishing uploads media, which only v5 has; use -v 5 (the default)',
      logger: this.requestLogger(progress),
    });
    const target = publish.publishAccountOf(account, { mediaPollMs: mediaPolling(this.context.env).firstDelayMs });
    const controller = new AbortController();
    const stopListening = onInterrupt(
      () => {
        progress.line('Stopping: letting the writes in flight finish (Ctrl-C again quits at once; the journal keeps that safe).');
        controller.abort();
      },
      () => process.exit(EXIT_INTERRUPTED),
    );
    let report: PublishReport;
    try {
      report = await publish.publishPlan({
        plan: this.plan,
        account: target,
        journal,
        dryRun: this.dryRun,
        createBoards: this.createBoards,
        publishLate: this.publishLate,
        lateMs,
        signal: controller.signal,
        onEvent: (event) => progress.onEvent(event),
      });
    } finally {
      stopListening();
      progress.stop();
    }
    await this.output().item({ plan: this.plan, journal, ...report, nextDue: isoOrNull(nextDue(report.rows)) }, () =>
      reportText(report, journal, !this.due || this.dryRun),
    );
    if (controller.signal.aborted) {
      this.context.stderr.write('Interrupted: run the same command again to resume.\n');
      return EXIT_INTERRUPTED;
    }
    return report.counts.failed > 0 ? 1 : 0;
  }

  /** Request lines pass above the bar; on a terminal the bar stands in for them below -l 3, as in copy-board. */
  private requestLogger(progress: { line(text: string): void }): Logger {
    const level = this.level();
    const shown = (this.context.stderr as { isTTY?: boolean }).isTTY && level === 2 ? 1 : level;
    return { level: shown, log: (messageLevel, message) => void (messageLevel <= shown && progress.line(terminalSafe(message))) };
  }
}

function isoOrNull(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}
