/** Virtual time: sleeping moves the clock, so nothing here waits for real; a runaway loop of sleeps fails instead of spinning. */
export function virtualClock(maxSleeps = 10_000) {
  let time = 0;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      if (sleeps.length >= maxSleeps) throw new Error(`still sleeping after ${maxSleeps} sleeps (${time} ms)`);
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => void (time += ms),
    sleeps,
  };
}
