import { describe, expect, it } from 'vitest';
import { boardLine, boardSummary, pinLine, sectionLine } from './summaries.js';
import { v3Summaries } from './v3-summaries.js';

describe('v3Summaries', () => {
  it('prints a board as v5 does, privacy in capitals, a field v3 lacks as -', () => {
    const v3 = { id: '9', name: 'Soups', privacy: 'secret', pin_count: 4, description: 'Warm' };
    const v5 = { id: '9', name: 'Soups', privacy: 'SECRET' as const, pin_count: 4, description: 'Warm' };
    expect(v3Summaries.boardLine(v3)).toBe(boardLine(v5));
    expect(v3Summaries.boardSummary(v3)).toBe(boardSummary(v5));
    expect(v3Summaries.sectionLine({ id: '3', title: 'Later' })).toBe(sectionLine({ id: '3', name: 'Later' }));
  });

  it('prints a pin line with its description, a story marked as v5 marks a video, and its section', () => {
    expect(v3Summaries.pinLine({ id: '1', type: 'story', description: 'Idea', board_section_id: '5' })).toBe(
      '1  Idea (story)  [board -, section 5]',
    );
    expect(v3Summaries.pinLine({ id: '2', type: 'pin', description: 'Plain' })).toBe(
      pinLine({ id: '2', description: 'Plain', media: { media_type: 'image' } }),
    );
  });

  it('escapes text from the answer so it cannot drive the terminal', () => {
    const summary = v3Summaries.pinSummary({ id: '1', description: 'a\u001b[2Jb', link: 'https://x.test/\u0007' });
    expect(summary).not.toMatch(/[\u0007\u001b]/);
    expect(v3Summaries.userSummary({ id: '1', username: 'me\u001b]0;x\u0007' })).not.toMatch(/[\u0007\u001b]/);
  });

  it('counts pins as the answer says, 0 when it does not', () => {
    expect(v3Summaries.pinCount({ id: '1', name: 'a', pin_count: 3 })).toBe(3);
    expect(v3Summaries.pinCount({ id: '1', name: 'a' })).toBe(0);
  });
});
