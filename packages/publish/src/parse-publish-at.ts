// Date and time with an offset (Z or ±hh:mm): without one, a time would mean the zone of
// whichever machine runs the plan, and a cron job on a server in UTC would publish hours off.
const isoWithOffset = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A `publish_at` cell as epoch milliseconds, or a message saying what is wrong with it. */
export function parsePublishAt(text: string): number | string {
  const match = isoWithOffset.exec(text);
  if (match === null) {
    return `publish_at "${text}" is not an ISO 8601 date and time with an offset, such as 2026-03-01T09:30:00+01:00 or 2026-03-01T08:30:00Z.`;
  }
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const time = Date.parse(text);
  // Date.parse rolls 31 April over into May; a calendar check catches the typo instead.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const valid =
    Number.isFinite(time) &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return valid ? time : `publish_at "${text}" is not a real date and time.`;
}
