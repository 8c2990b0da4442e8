import type { BaseContext } from 'clipanion';

/** Colours only for a person at a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(context: Pick<BaseContext, 'stdout' | 'colorDepth' | 'env'>): boolean {
  return Boolean((context.stdout as { isTTY?: boolean }).isTTY) && context.colorDepth > 1 && !context.env.NO_COLOR;
}
