import { createListing, type HttpClient, type Listing } from '@pinkit/http';
import type { Board, BoardCreate, BoardPrivacy, BoardSection, Pin } from './types.js';

export interface PageOptions {
  /** Items per page, 1..250 (Pinterest's default is 25). */
  pageSize?: number;
}

export interface ListBoardsOptions extends PageOptions {
  privacy?: BoardPrivacy;
}

const enc = encodeURIComponent;

// https://developers.pinterest.com/docs/api/v5/boards-list
export function listBoards(http: HttpClient, options: ListBoardsOptions = {}): Listing<Board> {
  return createListing((bookmark) => http.get('/boards', { page_size: options.pageSize, privacy: options.privacy, bookmark }));
}

export function getBoard(http: HttpClient, boardId: string): Promise<Board> {
  return http.get(`/boards/${enc(boardId)}`);
}

/** Every pin of the board, those in sections included (each carries its `board_section_id`). */
export function listBoardPins(http: HttpClient, boardId: string, options: PageOptions = {}): Listing<Pin> {
  return createListing((bookmark) => http.get(`/boards/${enc(boardId)}/pins`, { page_size: options.pageSize, bookmark }));
}

export function listBoardSections(http: HttpClient, boardId: string, options: PageOptions = {}): Listing<BoardSection> {
  return createListing((bookmark) => http.get(`/boards/${enc(boardId)}/sections`, { page_size: options.pageSize, bookmark }));
}

export function listSectionPins(http: HttpClient, boardId: string, sectionId: string, options: PageOptions = {}): Listing<Pin> {
  return createListing((bookmark) =>
    http.get(`/boards/${enc(boardId)}/sections/${enc(sectionId)}/pins`, { page_size: options.pageSize, bookmark }),
  );
}

export async function createBoard(http: HttpClient, input: BoardCreate): Promise<Board> {
  return (await http.request<Board>('POST', '/boards', { json: input })).data;
}

export async function deleteBoard(http: HttpClient, boardId: string): Promise<void> {
  await http.request('DELETE', `/boards/${enc(boardId)}`);
}

export async function createBoardSection(http: HttpClient, boardId: string, input: { name: string }): Promise<BoardSection> {
  return (await http.request<BoardSection>('POST', `/boards/${enc(boardId)}/sections`, { json: input })).data;
}

export async function deleteBoardSection(http: HttpClient, boardId: string, sectionId: string): Promise<void> {
  await http.request('DELETE', `/boards/${enc(boardId)}/sections/${enc(sectionId)}`);
}
