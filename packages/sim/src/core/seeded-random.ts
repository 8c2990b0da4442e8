/** A deterministic source of randomness: the same seed and stream name give the same sequence. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  pick<T>(items: readonly [T, ...T[]]): T;
  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string;
}

/**
 * Separate streams (`data`, `tokens`, `faults`) keep one concern's draws from shifting
 * another's: minting an extra token must not change which request faults next.
 */
export function createSeededRandom(seed: number, stream: string): SeededRandom {
  let state = hashToUint32(`${seed}:${stream}`);
  const next = (): number => {
    // A Weyl sequence finished with MurmurHash3's fmix32: cheap, well spread, never stuck at 0.
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 0x1_0000_0000;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)] ?? items[0],
    string: (alphabet, length) => {
      let out = '';
      for (let i = 0; i < length; i += 1) out += alphabet.charAt(int(alphabet.length));
      return out;
    },
  };
}

/** FNV-1a: turns the seed and stream name into a starting state. */
export function hashToUint32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
