import type { SeededRandom } from './seeded-random.js';

/**
 * - `server-error` / `unavailable`: a 500 / 503 with Pinterest's error body.
 * - `drop`: the connection is destroyed before anything happens.
 * - `lost-response` (writes only): the write takes effect, then the connection is destroyed,
 *   which is what exactly-once clients must survive.
 */
export type Fault = 'server-error' | 'unavailable' | 'drop' | 'lost-response';

const READ_FAULTS = ['server-error', 'unavailable', 'drop'] as const;
const WRITE_FAULTS = ['server-error', 'unavailable', 'drop', 'lost-response'] as const;

export class FaultInjector {
  constructor(
    private readonly random: SeededRandom,
    private readonly rate: () => number,
  ) {}

  /** Decides this request's fate; draws from the seeded stream only when faults are on. */
  choose(isWrite: boolean): Fault | undefined {
    const rate = this.rate();
    if (rate <= 0) return undefined;
    if (this.random.next() >= rate) return undefined;
    return this.random.pick(isWrite ? WRITE_FAULTS : READ_FAULTS);
  }
}
