import type { CopyAccount, CopyBoard, CopyPin, CopySection, CreateBoardInput, CreatePinInput } from '../copy-account.js';
import type { Clock } from '../clock.js';
import { FakeApiError, FakeNetworkError, FakeRateLimitError, FakeSpamError } from './fake-errors.js';

/** What the fake does with one write: the lost response takes effect, then throws. */
export type Fault =
  | 'none'
  | 'fail-before'
  | 'server-error'
  | 'lost-response'
  | 'spam'
  | 'bad-request'
  | 'unauthorized'
  | { rateLimit: number | undefined; quota?: true };

export interface WriteCall {
  method: 'createBoard' | 'createSection' | 'createPin';
  /** 1-based count of writes this account has received. */
  index: number;
  /** The pin title or the board/section name being created. */
  label: string;
}

export interface FakeAccountOptions {
  name: string;
  pageSize?: number;
  random?: () => number;
  faults?: (call: WriteCall) => Fault;
  /** Lets a listing throw a network error before yielding its nth item. */
  readFault?: (method: string, itemIndex: number) => boolean;
  /** Virtual time source: stamps the write log and, with latencyMs, makes calls take time. */
  clock?: Clock;
  /** Each call takes up to this many virtual milliseconds. */
  latencyMs?: number;
  /** Refuse a second board (400) or section (409) of the same name, as Pinterest does. */
  uniqueNames?: boolean;
}

export interface FakeBoardState {
  board: CopyBoard;
  sections: CopySection[];
  /** Newest first, like Pinterest lists them. */
  pins: CopyPin[];
}

export function colorOf(url: string): string {
  let hash = 0;
  for (const char of url) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `#${(hash & 0xffffff).toString(16).padStart(6, '0')}`;
}

const limits = { title: 100, description: 800, link: 2048, alt_text: 500 } as const;

/** An in-memory Pinterest account with v5's listing behaviour and scriptable failures. */
export class FakeAccount implements CopyAccount {
  readonly boards: FakeBoardState[] = [];
  readonly writeLog: Array<{ method: WriteCall['method']; fault: Fault; at: number }> = [];
  inFlightWrites = 0;
  maxInFlightWrites = 0;
  #nextId = 1;
  #writes = 0;
  readonly #options: FakeAccountOptions;

  constructor(options: FakeAccountOptions) {
    this.#options = options;
  }

  newId(kind: string): string {
    return `${this.#options.name}-${kind}${this.#nextId++}`;
  }

  listBoards(): AsyncIterable<CopyBoard> {
    return this.#paged('listBoards', () => this.boards.map((state) => state.board));
  }

  async getBoard(boardId: string): Promise<CopyBoard> {
    await this.#latency();
    return this.#board(boardId).board;
  }

  listBoardPins(boardId: string): AsyncIterable<CopyPin> {
    return this.#paged('listBoardPins', () => this.#board(boardId).pins);
  }

  listSections(boardId: string): AsyncIterable<CopySection> {
    return this.#paged('listSections', () => this.#board(boardId).sections);
  }

  listSectionPins(boardId: string, sectionId: string): AsyncIterable<CopyPin> {
    return this.#paged('listSectionPins', () => this.#board(boardId).pins.filter((pin) => pin.board_section_id === sectionId));
  }

  createBoard(input: CreateBoardInput): Promise<CopyBoard> {
    return this.#write('createBoard', input.name, () => {
      // Pinterest's answer to a second board of the same name (the simulator's wording).
      if (this.#options.uniqueNames && this.boards.some((state) => state.board.name === input.name)) {
        throw new FakeApiError(400, `Invalid parameters: you already have a board named "${input.name}".`, 1);
      }
      const board: CopyBoard = {
        id: this.newId('b'),
        name: input.name,
        description: input.description ?? null,
        privacy: input.privacy ?? 'PUBLIC',
      };
      this.boards.push({ board, sections: [], pins: [] });
      return board;
    });
  }

  createSection(boardId: string, input: { name: string }): Promise<CopySection> {
    return this.#write('createSection', input.name, () => {
      if (this.#options.uniqueNames && this.#board(boardId).sections.some((section) => section.name === input.name)) {
        throw new FakeApiError(409, `Board section conflict: this board already has a section named "${input.name}".`, 409);
      }
      const section = { id: this.newId('s'), name: input.name };
      this.#board(boardId).sections.push(section);
      return section;
    });
  }

  createPin(input: CreatePinInput): Promise<CopyPin> {
    return this.#write('createPin', input.title ?? '', () => {
      const state = this.#board(input.board_id);
      if (input.board_section_id && !state.sections.some((section) => section.id === input.board_section_id)) {
        throw new FakeApiError(404, `Section ${input.board_section_id} not found`);
      }
      for (const field of ['title', 'description', 'link', 'alt_text'] as const) {
        if ((input[field]?.length ?? 0) > limits[field]) throw new FakeApiError(400, `${field} too long`);
      }
      const source = input.media_source;
      const firstUrl =
        source.source_type === 'image_url'
          ? source.url
          : source.source_type === 'video_id'
            ? (source.cover_image_url ?? '')
            : (source.items[0]?.url ?? '');
      if (input.link?.includes('spam')) throw new FakeSpamError();
      const id = this.newId('p');
      // Pinterest re-hosts the image: the source url is gone, its dominant colour stays.
      const pin: CopyPin = {
        id,
        title: input.title ?? null,
        description: input.description ?? null,
        link: input.link ?? null,
        alt_text: input.alt_text ?? null,
        board_section_id: input.board_section_id ?? null,
        media:
          source.source_type !== 'multiple_image_urls'
            ? {
                media_type: source.source_type === 'video_id' ? 'video' : 'image',
                images: { '1200x': { url: `https://i.fake/${id}.jpg`, width: 1200, height: 900 } },
              }
            : {
                media_type: 'multiple_images',
                items: source.items.map((item, at) => ({
                  item_type: 'image',
                  images: { '1200x': { url: `https://i.fake/${id}-${at}.jpg`, width: 1200, height: 900 } },
                  title: item.title ?? null,
                })),
              },
        dominant_color: colorOf(firstUrl),
      };
      state.pins.unshift(pin);
      return pin;
    });
  }

  #board(boardId: string): FakeBoardState {
    const state = this.boards.find((candidate) => candidate.board.id === boardId);
    if (!state) throw new FakeApiError(404, `Board ${boardId} not found`);
    return state;
  }

  async #latency(): Promise<void> {
    const random = this.#options.random?.() ?? 0;
    const { clock, latencyMs } = this.#options;
    if (clock && latencyMs) await clock.sleep(Math.round(random * latencyMs));
    for (let tick = 0; tick <= Math.floor(random * 4); tick += 1) await new Promise((resolve) => setImmediate(resolve));
  }

  async *#paged<T>(method: string, items: () => T[]): AsyncGenerator<T> {
    await this.#latency();
    const snapshot = [...items()];
    const pageSize = this.#options.pageSize ?? 3;
    for (let index = 0; index < snapshot.length; index += 1) {
      if (index > 0 && index % pageSize === 0) await this.#latency();
      if (this.#options.readFault?.(method, index)) throw new FakeNetworkError('read ECONNRESET');
      yield snapshot[index] as T;
    }
  }

  async #write<T>(method: WriteCall['method'], label: string, apply: () => T): Promise<T> {
    const fault = this.#options.faults?.({ method, index: ++this.#writes, label }) ?? 'none';
    this.writeLog.push({ method, fault, at: this.#options.clock?.now() ?? 0 });
    this.inFlightWrites += 1;
    this.maxInFlightWrites = Math.max(this.maxInFlightWrites, this.inFlightWrites);
    try {
      await this.#latency();
      if (fault === 'fail-before') throw new FakeNetworkError();
      if (fault === 'server-error') throw new FakeApiError(503, 'Service unavailable');
      if (fault === 'spam') throw new FakeSpamError();
      if (fault === 'bad-request') throw new FakeApiError(400, 'Invalid parameters');
      if (fault === 'unauthorized') throw new FakeApiError(401, 'Authentication failed');
      if (typeof fault === 'object') throw new FakeRateLimitError(fault.rateLimit, fault.quota === true);
      const result = apply();
      if (fault === 'lost-response') throw new FakeNetworkError();
      return result;
    } finally {
      this.inFlightWrites -= 1;
    }
  }
}
