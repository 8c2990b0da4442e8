import { argumentsOf } from '@pinkit/arguments';

const check = argumentsOf('describeWait');

/** A wait in the largest unit that keeps it readable: "45 seconds", "20 minutes", "11 days". */
export function describeWait(ms: number): string {
  // An endless wait is one a pacer can foresee (a rate of 0), so Infinity is said, not refused.
  if (ms === Number.POSITIVE_INFINITY) return 'for ever';
  check.number(ms, 'ms', { min: 0 });
  const seconds = Math.floor(ms / 1000);
  const units: Array<[string, number]> = [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ];
  // Two of a unit before switching to it, so 90 seconds stays "90 seconds", not "1 minute".
  for (const [name, size] of units) {
    if (seconds >= 2 * size) return `${Math.floor(seconds / size)} ${name}s`;
  }
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
