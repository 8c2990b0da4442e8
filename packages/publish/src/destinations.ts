import { readOnceWithRetry, writeOnce } from '@pinkit/copy-engine';
import type { PlanProblem } from './plan-row.js';
import type { PublishContext } from './publish-context.js';
import type { PublishAccount, PublishBoard, PublishSection } from './publish-ports.js';

/** Where a row says its pin goes, as the plan names it. */
export interface BoardRef {
  row: number;
  board: string;
  section?: string | undefined;
}

export type Destination = { boardId: string; sectionId?: string } | { failed: string };

const sectionKey = (boardId: string, ref: string) => JSON.stringify([boardId, ref]);

/**
 * The boards and sections a plan names: looked up once in validation (unknown ones are problems
 * unless they may be created), then created on first use, exactly once, through the journal.
 */
export class Destinations {
  readonly #ctx: PublishContext;
  readonly #account: PublishAccount;
  readonly #createBoards: boolean;
  readonly #boards = new Map<string, PublishBoard | null>();
  readonly #sections = new Map<string, PublishSection | null>();
  readonly #creating = new Map<string, Promise<string | { failed: string }>>();
  readonly created: { boards: PublishBoard[]; sections: (PublishSection & { boardId: string })[] } = { boards: [], sections: [] };

  constructor(ctx: PublishContext, account: PublishAccount, createBoards: boolean) {
    this.#ctx = ctx;
    this.#account = account;
    this.#createBoards = createBoards;
  }

  /** Looks up every board and section the rows name; problems for those that neither exist nor may be created. */
  async check(drafts: readonly BoardRef[]): Promise<PlanProblem[]> {
    const problems: PlanProblem[] = [];
    for (const draft of drafts) {
      const board = await this.#board(draft.board);
      if (board === null) {
        if (!this.#createBoards) {
          problems.push({
            row: draft.row,
            column: 'board',
            message: `board "${draft.board}" does not exist (create it, or allow creating boards).`,
          });
        }
        continue;
      }
      if (draft.section === undefined) continue;
      const section = await this.#section(board.id, draft.section);
      if (section === null && !this.#createBoards) {
        problems.push({
          row: draft.row,
          column: 'section',
          message: `section "${draft.section}" does not exist in board "${board.name}" (create it, or allow creating boards).`,
        });
      }
    }
    return problems;
  }

  /** The board's id as validation found it; null when it is to be created. */
  knownBoardId(ref: string): string | null {
    return this.#boards.get(ref)?.id ?? null;
  }

  /** Where a row's pin goes, creating its board and section first when needed. */
  async resolve(board: string, section: string | undefined): Promise<Destination> {
    const boardId = await this.#ensure(JSON.stringify(['board', board]), () => this.#ensureBoard(board));
    if (typeof boardId !== 'string') return boardId;
    if (section === undefined) return { boardId };
    const sectionId = await this.#ensure(JSON.stringify(['section', boardId, section]), () => this.#ensureSection(boardId, section));
    return typeof sectionId === 'string' ? { boardId, sectionId } : sectionId;
  }

  #ensure(key: string, make: () => Promise<string | { failed: string }>): Promise<string | { failed: string }> {
    let pending = this.#creating.get(key);
    if (pending === undefined) this.#creating.set(key, (pending = make()));
    return pending;
  }

  async #board(ref: string): Promise<PublishBoard | null> {
    if (!this.#boards.has(ref)) {
      const found = await readOnceWithRetry(this.#ctx, `board "${ref}"`, () => this.#account.findBoard(ref));
      this.#boards.set(ref, found ?? null);
    }
    return this.#boards.get(ref) ?? null;
  }

  async #section(boardId: string, ref: string): Promise<PublishSection | null> {
    const key = sectionKey(boardId, ref);
    if (!this.#sections.has(key)) {
      const found = await readOnceWithRetry(this.#ctx, `section "${ref}"`, () => this.#account.findSection(boardId, ref));
      this.#sections.set(key, found ?? null);
    }
    return this.#sections.get(key) ?? null;
  }

  async #ensureBoard(name: string): Promise<string | { failed: string }> {
    const known = this.#boards.get(name);
    if (known) return known.id;
    const ctx = this.#ctx;
    const outcome = await writeOnce(ctx, {
      key: JSON.stringify(['board', name]),
      item: 'board',
      sourceId: name,
      create: () => this.#account.createBoard(name),
      // A board of that name that turned up after validation is the one an unheard create made.
      find: async () => {
        const found = await readOnceWithRetry(ctx, `board "${name}"`, () => this.#account.findBoard(name));
        return found && !ctx.journal.isClaimed('board', found.id) ? found : undefined;
      },
    });
    if (outcome.status !== 'done')
      return {
        failed:
          outcome.status === 'failed' || outcome.status === 'spam'
            ? `board "${name}" could not be created: ${outcome.message}`
            : 'cancelled',
      };
    this.#boards.set(name, { id: outcome.targetId, name });
    if (outcome.via !== 'journal') this.created.boards.push({ id: outcome.targetId, name });
    ctx.emit({ type: 'board-created', name, boardId: outcome.targetId, via: outcome.via });
    return outcome.targetId;
  }

  async #ensureSection(boardId: string, name: string): Promise<string | { failed: string }> {
    const known = this.#sections.get(sectionKey(boardId, name)) ?? (await this.#section(boardId, name));
    if (known) return known.id;
    const ctx = this.#ctx;
    const outcome = await writeOnce(ctx, {
      key: JSON.stringify(['section', boardId, name]),
      item: 'section',
      sourceId: name,
      create: () => this.#account.createSection(boardId, name),
      find: async () => {
        const found = await readOnceWithRetry(ctx, `section "${name}"`, () => this.#account.findSection(boardId, name));
        return found && !ctx.journal.isClaimed('section', found.id) ? found : undefined;
      },
    });
    if (outcome.status !== 'done')
      return {
        failed:
          outcome.status === 'failed' || outcome.status === 'spam'
            ? `section "${name}" could not be created: ${outcome.message}`
            : 'cancelled',
      };
    this.#sections.set(sectionKey(boardId, name), { id: outcome.targetId, name });
    if (outcome.via !== 'journal') this.created.sections.push({ id: outcome.targetId, name, boardId });
    ctx.emit({ type: 'section-created', boardId, name, sectionId: outcome.targetId, via: outcome.via });
    return outcome.targetId;
  }
}
