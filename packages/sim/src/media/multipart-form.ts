export interface FormPart {
  name: string;
  filename: string | undefined;
  data: Buffer;
}

/** Splits a `multipart/form-data` body into its parts; undefined when it is not one. */
export function parseMultipart(body: Buffer, contentType: string | undefined): FormPart[] | undefined {
  const boundary = /^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const token = boundary?.[1] ?? boundary?.[2];
  if (token === undefined) return undefined;
  const delimiter = Buffer.from(`--${token}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return undefined;
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') return parts;
    const headerEnd = body.indexOf('\r\n\r\n', afterDelimiter);
    const next = body.indexOf(delimiter, afterDelimiter);
    if (headerEnd < 0 || next < 0 || headerEnd > next) return undefined;
    const headers = body.subarray(afterDelimiter, headerEnd).toString('utf8');
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return undefined;
    // The part's data ends with the CRLF that precedes the next delimiter.
    parts.push({ name, filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1], data: body.subarray(headerEnd + 4, next - 2) });
    at = next;
  }
}
