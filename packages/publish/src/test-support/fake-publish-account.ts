import type { LocalVideo, PublishAccount, PublishBoard, PublishedPin, PublishPinInput, PublishSection } from '../publish-ports.js';

type Op = 'createBoard' | 'createSection' | 'createPin' | 'uploadVideo' | 'listBoardPins';

interface Fault {
  op: Op;
  error: unknown;
  /** The write takes effect although its caller hears the error (a lost answer). */
  landed: boolean;
}

export interface StoredPin extends PublishedPin {
  board_id: string;
  media_source: PublishPinInput['media_source'];
}

/** An in-memory account: boards, sections and pins as Pinterest would keep them, with faults on demand. */
export class FakePublishAccount implements PublishAccount {
  readonly boards: PublishBoard[] = [];
  readonly sections: (PublishSection & { boardId: string })[] = [];
  readonly pins: StoredPin[] = [];
  readonly uploads: LocalVideo[] = [];
  /** Every write call, in order, whether it succeeded or not. */
  readonly writes: Op[] = [];
  #nextId = 1000;
  #faults: Fault[] = [];

  constructor(boards: string[] = []) {
    for (const name of boards) this.boards.push({ id: this.#id(), name });
  }

  /** The next call of `op` fails with `error`; with `landed`, after taking effect. */
  failNext(op: Op, error: unknown, landed = false): void {
    this.#faults.push({ op, error, landed });
  }

  async findBoard(ref: string): Promise<PublishBoard | undefined> {
    return this.boards.find((board) => board.id === ref) ?? this.boards.find((board) => board.name === ref);
  }

  async createBoard(name: string): Promise<PublishBoard> {
    return this.#write('createBoard', () => {
      const board = { id: this.#id(), name };
      this.boards.push(board);
      return board;
    });
  }

  async findSection(boardId: string, ref: string): Promise<PublishSection | undefined> {
    const own = this.sections.filter((section) => section.boardId === boardId);
    const found = own.find((section) => section.id === ref) ?? own.find((section) => section.name === ref);
    return found && { id: found.id, name: found.name };
  }

  async createSection(boardId: string, name: string): Promise<PublishSection> {
    return this.#write('createSection', () => {
      const section = { id: this.#id(), name };
      this.sections.push({ ...section, boardId });
      return section;
    });
  }

  async createPin(input: PublishPinInput): Promise<{ id: string }> {
    return this.#write('createPin', () => {
      if (!this.boards.some((board) => board.id === input.board_id)) throw Object.assign(new Error('Board not found.'), { status: 404 });
      const pin: StoredPin = { id: this.#id(), ...input, board_section_id: input.board_section_id ?? null };
      this.pins.push(pin);
      return { id: pin.id };
    });
  }

  async *listBoardPins(boardId: string): AsyncIterable<PublishedPin> {
    this.#fault('listBoardPins');
    for (const pin of this.pins.filter((candidate) => candidate.board_id === boardId)) yield pin;
  }

  async uploadVideo(video: LocalVideo): Promise<string> {
    return this.#write('uploadVideo', () => {
      this.uploads.push(video);
      return `media-${this.#id()}`;
    });
  }

  #id(): string {
    return String(this.#nextId++);
  }

  #fault(op: Op): Fault | undefined {
    const index = this.#faults.findIndex((fault) => fault.op === op);
    if (index < 0) return undefined;
    const [fault] = this.#faults.splice(index, 1);
    if (fault && !fault.landed) throw fault.error;
    return fault;
  }

  async #write<T>(op: Op, apply: () => T): Promise<T> {
    this.writes.push(op);
    await Promise.resolve();
    const fault = this.#fault(op);
    const result = apply();
    if (fault) throw fault.error;
    return result;
  }
}
