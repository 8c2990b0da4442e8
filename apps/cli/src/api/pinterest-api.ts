// What pinkit's commands need from Pinterest, named for the job and not for an API version:
// each version's client is adapted to these in api/<version>/, so a command never knows which
// version it talks to. Reads return the version's own objects, so `--json` prints what that
// version's API answered; `Shapes` names them (v5's for now).
import type { Account, Board, BoardSection, Pin } from '@pinkit/api-v5';
import type { CopyAccount, CopyPin, CreatePinInput } from '@pinkit/copy-engine';
import type { Listing } from '@pinkit/http';
import type { ApiVersion } from '../config/pinkit-config.js';

/** The objects an API version answers with. */
export interface ApiShapes {
  user: object;
  board: object;
  section: object;
  pin: object;
}

export interface V5Shapes extends ApiShapes {
  user: Account;
  board: Board;
  section: BoardSection;
  pin: Pin;
}

/** The shapes the commands and their summaries handle today: v5's. */
export type { Account, Board, BoardSection, Pin };

export interface PageOptions {
  /** Items per page; each version has its own default and maximum. */
  pageSize?: number;
}

export interface UserReader<S extends ApiShapes = V5Shapes> {
  /** The account the access token belongs to. */
  getUserAccount(): Promise<S['user']>;
}

export interface BoardReader<S extends ApiShapes = V5Shapes> {
  listBoards(options?: PageOptions): Listing<S['board']>;
  getBoard(boardId: string): Promise<S['board']>;
  /** Every pin of the board, sectioned ones too. */
  listBoardPins(boardId: string, options?: PageOptions): Listing<S['pin']>;
  listBoardSections(boardId: string, options?: PageOptions): Listing<S['section']>;
}

export interface BoardWriter {
  /** Deletes the board with its sections and pins. */
  deleteBoard(boardId: string): Promise<void>;
}

export interface PinReader<S extends ApiShapes = V5Shapes> {
  getPin(pinId: string): Promise<S['pin']>;
  /** All of the user's pins, however the version has to find them. */
  listUserPins(options?: PageOptions): Listing<S['pin']>;
}

/** A new pin in the copy engine's words, which no API version owns. */
export type NewPin = CreatePinInput;

export interface PinWriter<S extends ApiShapes = V5Shapes> {
  createPin(pin: NewPin): Promise<S['pin']>;
  /** Saves an existing pin to one of the user's boards (and a section of it). */
  savePin(pinId: string, target: { boardId: string; sectionId?: string }): Promise<S['pin']>;
}

export interface MediaUploader {
  /** Registers and sends a video; resolves to its media id once the file is sent (not yet processed). */
  uploadVideo(file: Blob, filename: string): Promise<string>;
  /** Pinterest's processing status of an upload: `registered`, `processing`, `succeeded` or `failed`. */
  getMediaStatus(mediaId: string): Promise<string>;
}

export interface CopySource {
  /** The account as `@pinkit/copy-engine` reads and writes it; `uploadVideo` lets it take video pins as videos. */
  copyAccount(options?: { uploadVideo?: CopyAccount['uploadVideo'] }): CopyAccount;
  /** One pin as the copy engine sees it (copy-pin). */
  getCopyablePin(pinId: string): Promise<CopyPin>;
}

/** Everything above for one access token and one API version. */
export type PinterestApi<S extends ApiShapes = V5Shapes> = { readonly version: ApiVersion } & UserReader<S> &
  BoardReader<S> &
  BoardWriter &
  PinReader<S> &
  PinWriter<S> &
  MediaUploader &
  CopySource;
