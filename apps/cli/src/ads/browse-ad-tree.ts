import type { Writable } from 'node:stream';
import type { Prompter } from '../input/ask.js';
import type { Output } from '../output/output.js';
import type { AdTreeItem, AdTreeLevel, AdTreeParents } from './ad-tree-levels.js';
import { AdTreeNotFoundError, indent, printAdTree, printAdTreeItem } from './print-ad-tree.js';

type Choice = number | 'all' | 'quit';

/** Asks until the answer is a number in range, `a` or `q`; an empty line (or the end of input) quits. */
async function choose(prompter: Prompter, stderr: Writable, level: AdTreeLevel, count: number): Promise<Choice> {
  for (;;) {
    const answer = (await prompter.question(`Which ${level.noun}? [1-${count}, a = all, q = quit] `)).toLowerCase();
    if (answer === '' || answer === 'q') return 'quit';
    if (answer === 'a') return 'all';
    const number = /^\d+$/.test(answer) ? Number(answer) : NaN;
    if (number >= 1 && number <= count) return number - 1;
    stderr.write(`Type a number from 1 to ${count}, a for all of them, or q to stop.\n`);
  }
}

/**
 * The quickstart's way through the ads tree on a terminal: list one level, ask which branch to
 * descend, and so on down to the ads. Levels pinned by an id flag are not asked about; `a`
 * prints everything below the current level.
 */
export async function browseAdTree(out: Output, levels: readonly AdTreeLevel[], prompter: Prompter, stderr: Writable): Promise<void> {
  let parents: AdTreeParents = {};
  for (const [depth, level] of levels.entries()) {
    const found: AdTreeItem[] = [];
    for await (const item of level.list(parents)) found.push(item);
    if (level.pinned !== undefined) {
      const item = found[0];
      if (!item) throw new AdTreeNotFoundError(level.noun, level.pinned, parents);
      await printAdTreeItem(out, depth, level, parents, item);
      parents = level.below(parents, level.pinned);
      continue;
    }
    if (found.length === 0) return out.note(`${indent(depth)}(no ${level.plural})`);
    if (depth === levels.length - 1) {
      for (const item of found) await printAdTreeItem(out, depth, level, parents, item);
      return;
    }
    for (const [index, item] of found.entries()) await out.note(`${indent(depth)}[${index + 1}] ${item.line}`);
    const choice = await choose(prompter, stderr, level, found.length);
    if (choice === 'quit') return;
    if (choice === 'all') {
      for (const item of found) {
        await printAdTreeItem(out, depth, level, parents, item);
        if (item.id !== '') await printAdTree(out, levels, depth + 1, level.below(parents, item.id));
      }
      return;
    }
    const chosen = found[choice]?.id ?? '';
    if (chosen === '') return;
    parents = level.below(parents, chosen);
  }
}
