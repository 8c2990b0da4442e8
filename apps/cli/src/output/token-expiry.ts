const DAY = 24 * 60 * 60 * 1000;

/** "refresh token expires 2026-01-29T10:00:00.000Z (in 59 days)": when a stored token stops working, without the secret. */
export function describeExpiry(label: string, iso: string | undefined, now: number): string {
  if (!iso) return `${label} expiry unknown`;
  const left = Date.parse(iso) - now;
  if (left <= 0) return `${label} EXPIRED ${iso}`;
  return `${label} expires ${iso} (in ${Math.floor(left / DAY)} days)`;
}
