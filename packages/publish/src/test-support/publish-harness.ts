import { createMemoryJournal } from '@pinkit/copy-engine';
import type { JournalStore } from '@pinkit/copy-engine';
import { publishPlan } from '../publish-plan.js';
import type { PublishEvent } from '../publish-event.js';
import type { PublishOptions } from '../publish-options.js';
import { FakePublishAccount } from './fake-publish-account.js';
import { media, MemoryFiles } from './memory-files.js';
import { StepClock } from './step-clock.js';

export const planPath = '/plans/plan.jsonl';
export const now = Date.parse('2026-03-01T12:00:00Z');

/** A JSON Lines plan of these rows. */
export const jsonl = (rows: Record<string, string | undefined>[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

/** An account with boards Recipes (section Soups) and Travel, files for every media kind, a memory journal and virtual time. */
export function publishHarness(rows: Record<string, string | undefined>[]) {
  const files = new MemoryFiles()
    .set(planPath, jsonl(rows))
    .set('/plans/a.jpg', media.jpeg())
    .set('/plans/b.png', media.png())
    .set('/plans/c.jpg', media.jpeg(80))
    .set('/plans/clip.mp4', media.mp4())
    .set('/plans/anim.gif', media.gif());
  const account = new FakePublishAccount(['Recipes', 'Travel']);
  account.sections.push({ id: 'section-soups', name: 'Soups', boardId: account.boards[0]?.id ?? '' });
  const journal = createMemoryJournal();
  const clock = new StepClock(now);
  const events: PublishEvent[] = [];
  const run = (options: Partial<PublishOptions> = {}, store: JournalStore = journal) =>
    publishPlan({
      plan: planPath,
      account,
      files,
      journal: store,
      clock,
      random: () => 0.5,
      retryBaseDelayMs: 10,
      onEvent: (event) => events.push(event),
      ...options,
    });
  const setPlan = (next: Record<string, string | undefined>[]) => files.set(planPath, jsonl(next));
  return { files, account, journal, clock, events, run, setPlan };
}
