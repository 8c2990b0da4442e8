import { lazyProperties } from './lazy-properties.js';

/** Areas `G` with the calls of `H` laid over them: a name in both is `H`'s, an area in one is kept. */
export type MergedAreas<G, H> = {
  readonly [A in keyof G | keyof H]: A extends keyof H
    ? A extends keyof G
      ? Omit<G[A], keyof H[A]> & H[A]
      : H[A]
    : A extends keyof G
      ? G[A]
      : never;
};

/**
 * The generated calls with the hand-written ones laid over them, area by area: `boards.list`
 * stays the hand-written listing, `boards.update` is the generated call beside it.
 */
export function mergeAreas<G extends object, H extends object>(generated: G, handWritten: H): MergedAreas<G, H> {
  const from = generated as Record<string, object | undefined>;
  const over = handWritten as Record<string, object | undefined>;
  // Read an area at a time: the generated areas are made when first read, and a merge that read them
  // all would make all of them.
  return lazyProperties(new Set([...Object.keys(from), ...Object.keys(over)]), (area) => ({ ...from[area], ...over[area] }));
}
