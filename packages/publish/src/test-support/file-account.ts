import { appendFileSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import type { PublishAccount, PublishBoard, PublishedPin, PublishPinInput } from '../publish-ports.js';

/**
 * An account whose pins live in a file, so that they outlive a killed process: each create is
 * written (synchronously, as a server would commit it) between two waits, so a SIGKILL can land
 * before the create, or after it and before its answer.
 */
export function fileAccount(
  path: string,
  boards: PublishBoard[],
  latencyMs = 2,
): PublishAccount & { pins(): (PublishedPin & { board_id: string })[] } {
  let counter = 0;
  const pins = (): (PublishedPin & { board_id: string })[] => {
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as PublishedPin & { board_id: string });
  };
  const refused = () => Promise.reject(new Error('this account only publishes pins'));
  return {
    pins,
    findBoard: async (ref) => boards.find((board) => board.id === ref || board.name === ref),
    findSection: async () => undefined,
    createBoard: refused,
    createSection: refused,
    uploadVideo: refused,
    async createPin(input: PublishPinInput) {
      await delay(latencyMs);
      const { media_source: _media, ...text } = input;
      const pin = { id: `${process.pid}-${++counter}`, ...text };
      appendFileSync(path, `${JSON.stringify(pin)}\n`);
      await delay(latencyMs);
      return { id: pin.id };
    },
    async *listBoardPins(boardId: string) {
      for (const pin of pins()) if (pin.board_id === boardId) yield pin;
    },
  };
}
