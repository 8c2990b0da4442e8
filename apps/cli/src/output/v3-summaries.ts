// The summaries of summaries.ts for v3's objects, line for line, so `-v 3` prints what `-v 5`
// does. A field v3 does not have (a pin's title and board, a board's followers) prints as `-`.
import type { V3Shapes } from '@pinkit/account';
import type { SummarySet } from './summary-set.js';
import { text } from './summaries.js';

// v3 said `public`/`secret` where v5 says `PUBLIC`/`SECRET`: printed as v5 does, so lines match.
const privacy = (value: string | null | undefined) => (value ? value.toUpperCase() : value);

export const v3Summaries: SummarySet<V3Shapes> = {
  userSummary: (user) =>
    [
      `User ${text(user.username)} (id ${text(user.id)}), ${text(undefined)} account`,
      `  boards: ${text(undefined)}  pins: ${text(user.pin_count)}  followers: ${text(undefined)}`,
    ].join('\n'),
  boardSummary: (board) =>
    [
      `Board ${text(board.id)}: ${text(board.name)}`,
      `  privacy: ${text(privacy(board.privacy))}  pins: ${text(board.pin_count)}  followers: ${text(undefined)}`,
      `  description: ${text(board.description, { multiline: true })}`,
    ].join('\n'),
  boardLine: (board) => `${text(board.id)}  ${text(board.name)}  [${text(privacy(board.privacy))}, ${text(board.pin_count)} pins]`,
  sectionLine: (section) => `  section ${text(section.id)}: ${text(section.title)}`,
  pinSummary: (pin) =>
    [
      `Pin ${text(pin.id)}: ${text(undefined)}`,
      `  board: ${text(undefined)}  section: ${text(pin.board_section_id)}  type: ${text(pin.type)}`,
      `  link: ${text(pin.link)}`,
      `  description: ${text(pin.description, { multiline: true })}`,
      `  image: ${text(pin.image_large_url)}`,
    ].join('\n'),
  pinLine: (pin) => {
    const where = pin.board_section_id ? `board ${text(undefined)}, section ${text(pin.board_section_id)}` : `board ${text(undefined)}`;
    const kind = pin.type && pin.type !== 'pin' ? ` (${text(pin.type)})` : '';
    return `${text(pin.id)}  ${text(pin.description)}${kind}  [${where}]`;
  },
  pinCount: (board) => board.pin_count ?? 0,
};
