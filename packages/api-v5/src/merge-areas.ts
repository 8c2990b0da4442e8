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
  const merged: Record<string, object> = { ...(generated as Record<string, object>) };
  for (const [area, calls] of Object.entries(handWritten as Record<string, object>)) merged[area] = { ...merged[area], ...calls };
  return merged as MergedAreas<G, H>;
}
