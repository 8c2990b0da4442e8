// Pinterest's request id, which support asks for, ends many messages; it survives the cut.
const REQUEST_ID = /\s\(request id [^()\s]{1,100}\)$/;

/**
 * `text` cut to about `max` characters, saying how much was left out: a server can send an
 * error message of megabytes, and a line of output should stay a line. A trailing
 * "(request id …)" is kept.
 */
export function limitLength(text: string, max = 300): string {
  if (text.length <= max) return text;
  const requestId = REQUEST_ID.exec(text)?.[0] ?? '';
  const body = text.slice(0, text.length - requestId.length);
  if (body.length <= max) return text;
  let kept = body.slice(0, max);
  // Never end on half of a surrogate pair (an emoji cut in two prints as garbage).
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…(${body.length - kept.length} more characters)${requestId}`;
}
