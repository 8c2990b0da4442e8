import type { AdAccountRecord, AdGroupRecord, AdRecord, CampaignRecord } from './ads/ad-records.js';
import type { ReportRecord } from './analytics/report-records.js';
import type { BoardRecord, SectionRecord } from './boards/board-records.js';
import { DescribedRecords } from './described/described-records.js';
import { hashToUint32 } from './core/seeded-random.js';
import type { MediaRecord } from './media/media-record.js';
import type { AppRecord, AuthorizationCodeRecord, TokenRecord } from './oauth/oauth-records.js';
import type { PinRecord } from './pins/pin-records.js';
import type { UserRecord } from './users/user-record.js';

// The records are the simulator's own model of Pinterest data, each kept in its area's folder;
// every API family (v5 now, v3 and ads later) renders them in its own shape, so one store serves them all.

export type IdKind = 'user' | 'board' | 'section' | 'pin' | 'media' | 'app' | 'adAccount' | 'campaign' | 'adGroup' | 'ad' | 'described';

// Distinct leading digits per kind keep ids of different kinds from ever colliding, and the
// seed's digits make two simulators with different seeds hand out different ids.
const ID_PREFIX: Record<IdKind, string> = {
  user: '731',
  board: '549',
  section: '506',
  pin: '813',
  media: '568',
  app: '15',
  adAccount: '554',
  campaign: '626',
  adGroup: '268',
  ad: '687',
  described: '410',
};

/** All simulated Pinterest state, shared by every route family. */
export class SimStore {
  readonly users = new Map<string, UserRecord>();
  readonly boards = new Map<string, BoardRecord>();
  readonly sections = new Map<string, SectionRecord>();
  readonly pins = new Map<string, PinRecord>();
  readonly media = new Map<string, MediaRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly apps = new Map<string, AppRecord>();
  readonly authorizationCodes = new Map<string, AuthorizationCodeRecord>();
  readonly adAccounts = new Map<string, AdAccountRecord>();
  readonly campaigns = new Map<string, CampaignRecord>();
  readonly adGroups = new Map<string, AdGroupRecord>();
  readonly ads = new Map<string, AdRecord>();
  /** Asynchronous reports by token. */
  readonly reports = new Map<string, ReportRecord>();
  /** What writes to the operations answered from the description left (audiences, catalogs, keywords...). */
  readonly described = new DescribedRecords();
  /** Where the simulator listens (`http://127.0.0.1:PORT`), for the video files it serves itself. */
  origin = '';
  private readonly seedDigits: string;
  private readonly counters = new Map<IdKind, number>();
  private lastSeq = 0;

  /**
   * @param now The clock that token and authorization-code lifetimes run on (epoch ms); tests
   * inject one to let tokens expire without waiting.
   */
  constructor(
    seed: number,
    readonly now: () => number = Date.now,
  ) {
    this.seedDigits = String(hashToUint32(`ids:${seed}`) % 1000).padStart(3, '0');
  }

  nextId(kind: IdKind): string {
    const count = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, count);
    return `${ID_PREFIX[kind]}${this.seedDigits}${String(count).padStart(12, '0')}`;
  }

  nextSeq(): number {
    this.lastSeq += 1;
    return this.lastSeq;
  }

  addUser(user: UserRecord): void {
    this.users.set(user.id, user);
  }

  addBoard(board: BoardRecord): void {
    this.boards.set(board.id, board);
    this.users.get(board.ownerId)?.boardIds.push(board.id);
  }

  /** Deletes the board with its sections and pins. */
  removeBoard(board: BoardRecord): void {
    for (const pin of board.pins) this.pins.delete(pin.id);
    for (const section of board.sections) this.sections.delete(section.id);
    this.boards.delete(board.id);
    const owner = this.users.get(board.ownerId);
    if (owner) owner.boardIds = owner.boardIds.filter((id) => id !== board.id);
  }

  addSection(board: BoardRecord, section: SectionRecord): void {
    this.sections.set(section.id, section);
    board.sections.push(section);
  }

  /** Deletes the section and, as Pinterest does, the pins in it. */
  removeSection(board: BoardRecord, section: SectionRecord): void {
    for (const pin of board.pins) if (pin.sectionId === section.id) this.pins.delete(pin.id);
    board.pins = board.pins.filter((pin) => pin.sectionId !== section.id);
    board.sections = board.sections.filter((other) => other.id !== section.id);
    this.sections.delete(section.id);
    board.pinsModifiedAt = Date.now();
  }

  /** Pins arrive with a fresh seq, so appending keeps `board.pins` sorted. */
  addPin(board: BoardRecord, pin: PinRecord): void {
    this.pins.set(pin.id, pin);
    board.pins.push(pin);
    board.pinsModifiedAt = Math.max(board.pinsModifiedAt, pin.createdAt);
  }

  removePin(pin: PinRecord): void {
    this.pins.delete(pin.id);
    const board = this.boards.get(pin.boardId);
    if (!board) return;
    const index = indexOfSeq(board.pins, pin.seq);
    if (index >= 0) board.pins.splice(index, 1);
    board.pinsModifiedAt = Date.now();
  }

  addToken(token: TokenRecord): void {
    this.tokens.set(token.value, token);
  }

  /** The seeded users in seeding order: 0 the demo user, 1 the empty one. */
  userAt(index: number): UserRecord | undefined {
    return [...this.users.values()][index];
  }

  /** The ad accounts the user owns, oldest first. */
  adAccountsOf(userId: string): AdAccountRecord[] {
    return [...this.adAccounts.values()].filter((account) => account.ownerId === userId);
  }

  boardsOf(userId: string): BoardRecord[] {
    const ids = this.users.get(userId)?.boardIds ?? [];
    return ids.flatMap((id) => this.boards.get(id) ?? []);
  }
}

function indexOfSeq(items: readonly { seq: number }[], seq: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = items[mid]?.seq ?? 0;
    if (at === seq) return mid;
    if (at < seq) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
