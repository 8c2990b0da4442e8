// Time as the engine sees it (tests inject a virtual clock instead of patching timers): the one
// clock and sleep of @pinkit/timing, which the transport's pacer and retries use too.
export { systemClock } from '@pinkit/timing';
export type { Clock } from '@pinkit/timing';
