// Every argument a tool takes, checked before any request: an assistant's arguments are as
// hostile as a stranger's. Limits are Pinterest's own (the v5 description's maxLength and id
// pattern), so a request that passes them is one Pinterest can take.
import { z } from 'zod';

/** Pinterest ids (pins, boards, sections, ad accounts...) are decimal digit strings. */
export const id = (what: string) =>
  z
    .string()
    .regex(/^\d{1,24}$/, `${what} must be a Pinterest id: 1 to 24 digits`)
    .describe(`${what} (digits only)`);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, `YYYY-MM-DD`. */
export const day = (what: string) =>
  z
    .string()
    .regex(DAY, `${what} must be a date as YYYY-MM-DD`)
    .refine((text) => isCalendarDay(text), `${what} is not a day of the calendar`)
    .describe(`${what}, YYYY-MM-DD (UTC)`);

function isCalendarDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Text Pinterest bounds at `max` characters; control characters other than newlines are refused. */
export const text = (what: string, max: number) =>
  z
    .string()
    .max(max, `${what} is at most ${max} characters`)
    .refine((value) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(value), `${what} must not hold control characters`)
    .describe(`${what} (at most ${max} characters)`);

/** An http(s) URL of at most 2048 characters, as Pinterest takes for links and image URLs. */
export const webUrl = (what: string) =>
  z
    .string()
    .max(2048, `${what} is at most 2048 characters`)
    .refine((value) => isWebUrl(value), `${what} must be an http:// or https:// URL`)
    .describe(`${what}: an http(s) URL`);

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The cursor a previous call returned as `next_cursor`. */
export const cursor = z.string().max(2048).optional().describe('next_cursor from the previous call; leave out for the first page');

/** Items per page: 1 to 100 (a page an assistant can read; Pinterest allows up to 250 on v5). */
export const pageSize = z.number().int().min(1).max(100).optional().describe('Items per page, 1 to 100 (default 25)');

/** Metric names as Pinterest spells them (`IMPRESSION`, `OUTBOUND_CLICK`). */
export const metrics = z
  .array(z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'a metric is an upper-case name such as IMPRESSION'))
  .min(1)
  .max(20)
  .optional()
  .describe('Metric names such as IMPRESSION, SAVE, PIN_CLICK, OUTBOUND_CLICK (default: those four)');

/** A search term: Pinterest takes short phrases. */
export const term = text('A term', 100).refine((value) => value.trim() !== '', 'A term must not be empty');
