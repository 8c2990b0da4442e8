const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * One character per value, scaled from the series' own minimum (▁) to its maximum (█), the way
 * sparklines are read: the shape, with the numbers printed beside it. A gap (`null`) is a space,
 * so a missing day never looks like a low one. A flat series is ▁ at zero and ▄ otherwise.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((value): value is number => value !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values
    .map((value) => {
      if (value === null) return ' ';
      if (max === min) return value === 0 ? BLOCKS[0] : BLOCKS[3];
      return BLOCKS[Math.round(((value - min) / (max - min)) * (BLOCKS.length - 1))];
    })
    .join('');
}
