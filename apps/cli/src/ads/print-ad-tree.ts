import { answerId } from '@pinkit/account';
import type { Output } from '../output/output.js';
import type { AdTreeItem, AdTreeLevel, AdTreeParents } from './ad-tree-levels.js';

/** A pinned id (`--campaign-id`) that the level does not list: a typo, another account's, or archived. */
export class AdTreeNotFoundError extends Error {
  override name = 'AdTreeNotFoundError';

  constructor(
    readonly noun: string,
    readonly id: string,
    parents: AdTreeParents,
  ) {
    const within = parents.ad_group_id ?? parents.campaign_id ?? parents.ad_account_id;
    const parent = parents.ad_group_id ? 'ad group' : parents.campaign_id ? 'campaign' : 'ad account';
    super(`No active or paused ${noun} ${id} in ${parent} ${within ?? '?'}.`);
  }
}

export const indent = (depth: number) => '  '.repeat(depth);

/** One entity: with `--json` a line saying its kind and parent ids, else its line indented by depth. */
export function printAdTreeItem(out: Output, depth: number, level: AdTreeLevel, parents: AdTreeParents, item: AdTreeItem): Promise<void> {
  return out.item({ kind: level.kind, ...parents, item: item.value }, () => `${indent(depth)}${item.line}`);
}

/**
 * Everything from level `depth` down, below `parents`, depth first as it is listed (nothing is
 * held but the open listings of one branch). Returns how many entities were printed.
 */
export async function printAdTree(out: Output, levels: readonly AdTreeLevel[], depth: number, parents: AdTreeParents): Promise<number> {
  const level = levels[depth];
  if (!level) return 0;
  let here = 0;
  let below = 0;
  for await (const item of level.list(parents)) {
    here += 1;
    await printAdTreeItem(out, depth, level, parents, item);
    // An entity the server sent without an id has no children to ask for; one whose id cannot be
    // a path segment is the server's fault (exit 1), not a bad --campaign-id (exit 2).
    if (item.id !== '') below += await printAdTree(out, levels, depth + 1, level.below(parents, answerId(item.id, level.noun)));
  }
  if (here === 0 && level.pinned !== undefined) throw new AdTreeNotFoundError(level.noun, level.pinned, parents);
  if (here === 0) await out.note(`${indent(depth)}(no ${level.plural})`);
  return here + below;
}
