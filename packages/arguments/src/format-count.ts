/**
 * `10485760` as `10,485,760`. Not `toLocaleString`: its first call loads ICU's number formatting,
 * some 7 MB of memory and milliseconds of start-up, for a message that is seldom made.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
