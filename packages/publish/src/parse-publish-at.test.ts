import { expect, it } from 'vitest';
import { parsePublishAt } from './parse-publish-at.js';

it('takes ISO 8601 date-times with an offset, and names what is wrong with anything else', () => {
  expect(parsePublishAt('2026-03-01T09:30:00+01:00')).toBe(Date.parse('2026-03-01T08:30:00Z'));
  expect(parsePublishAt('2026-03-01T08:30Z')).toBe(Date.parse('2026-03-01T08:30:00Z'));
  expect(parsePublishAt('2026-03-01T08:30:00')).toMatch(/with an offset/);
  expect(parsePublishAt('tomorrow')).toMatch(/not an ISO 8601/);
  expect(parsePublishAt('2026-04-31T08:30:00Z')).toMatch(/not a real date/);
  expect(parsePublishAt('2026-04-30T24:30:00Z')).toMatch(/not a real date/);
});
