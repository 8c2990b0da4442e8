// The quickstart's human summaries, one short block or line per object. `--json` bypasses them.
import type { Account, Board, BoardSection, Pin } from '@pinkit/api-v5';
import { terminalSafe } from './terminal-safe.js';

/** Every value from the API is printed through here, escaped so that it cannot drive the terminal. */
export function text(value: unknown, options: { multiline?: boolean } = {}): string {
  return value === null || value === undefined || value === '' ? '-' : terminalSafe(String(value), options);
}

function largestImage(pin: Pin): string | undefined {
  const images = (pin.media as { images?: Record<string, { url?: string; width?: number; height?: number }> } | undefined)?.images;
  if (!images) return undefined;
  const best = Object.values(images).sort((a, b) => (b.width ?? 0) * (b.height ?? 0) - (a.width ?? 0) * (a.height ?? 0))[0];
  return best?.url;
}

export function userSummary(user: Account): string {
  return [
    `User ${text(user.username)} (id ${text(user.id)}), ${text(user.account_type)} account`,
    `  boards: ${text(user.board_count)}  pins: ${text(user.pin_count)}  followers: ${text(user.follower_count)}`,
    ...(user.website_url ? [`  website: ${text(user.website_url)}`] : []),
  ].join('\n');
}

export function boardSummary(board: Board): string {
  return [
    `Board ${text(board.id)}: ${text(board.name)}`,
    `  privacy: ${text(board.privacy)}  pins: ${text(board.pin_count)}  followers: ${text(board.follower_count)}`,
    `  description: ${text(board.description, { multiline: true })}`,
  ].join('\n');
}

export function boardLine(board: Board): string {
  return `${text(board.id)}  ${text(board.name)}  [${text(board.privacy)}, ${text(board.pin_count)} pins]`;
}

export function sectionLine(section: BoardSection): string {
  return `  section ${text(section.id)}: ${text(section.name)}`;
}

/** v5's `media.media_type` (image, video, multiple_images...), read from the generated union. */
function mediaType(pin: Pin): string | undefined {
  return (pin.media as { media_type?: string } | undefined)?.media_type;
}

export function pinSummary(pin: Pin): string {
  const type = mediaType(pin);
  return [
    `Pin ${text(pin.id)}: ${text(pin.title)}`,
    `  board: ${text(pin.board_id)}  section: ${text(pin.board_section_id)}  type: ${text(type)}`,
    `  link: ${text(pin.link)}`,
    `  description: ${text(pin.description, { multiline: true })}`,
    `  image: ${text(largestImage(pin))}`,
  ].join('\n');
}

export function pinLine(pin: Pin): string {
  const where = pin.board_section_id ? `board ${text(pin.board_id)}, section ${text(pin.board_section_id)}` : `board ${text(pin.board_id)}`;
  const type = mediaType(pin);
  const kind = type && type !== 'image' ? ` (${text(type)})` : '';
  return `${text(pin.id)}  ${text(pin.title ?? pin.description)}${kind}  [${where}]`;
}
