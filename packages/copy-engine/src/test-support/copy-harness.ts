import type { CopyEvent } from '../copy-event.js';
import type { CopyOptions } from '../copy-options.js';
import { createMemoryJournal } from '../journal-store.js';
import { FakeAccount } from './fake-account.js';
import type { FakeAccountOptions } from './fake-account.js';
import { FakeClock } from './fake-clock.js';
import { seededRandom } from './seeded-random.js';

export interface Harness {
  clock: FakeClock;
  random: () => number;
  source: FakeAccount;
  target: FakeAccount;
  events: CopyEvent[];
  /** Options for copyBoard with the fakes wired in; `overrides` wins. */
  options(overrides?: Partial<CopyOptions>): CopyOptions;
  eventsOf<T extends CopyEvent['type']>(type: T): Array<Extract<CopyEvent, { type: T }>>;
}

/** Two fake accounts on a virtual clock, a memory journal and an event recorder. */
export function createHarness(seed = 1, target: Partial<FakeAccountOptions> = {}): Harness {
  const random = seededRandom(seed);
  const clock = new FakeClock();
  const events: CopyEvent[] = [];
  const harness: Harness = {
    clock,
    random,
    source: new FakeAccount({ name: 'src', random, clock }),
    target: new FakeAccount({ name: 'dst', random, clock, latencyMs: 150, ...target }),
    events,
    options: (overrides = {}) => ({
      source: harness.source,
      target: harness.target,
      journal: createMemoryJournal(),
      clock,
      random,
      retryBaseDelayMs: 100,
      onEvent: (event) => events.push(event),
      ...overrides,
    }),
    eventsOf: <T extends CopyEvent['type']>(type: T) =>
      events.filter((event): event is Extract<CopyEvent, { type: T }> => event.type === type),
  };
  return harness;
}
