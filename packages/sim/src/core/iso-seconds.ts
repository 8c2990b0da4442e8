/** A v5 timestamp: ISO 8601 in UTC to the second, as Pinterest writes `created_at`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
