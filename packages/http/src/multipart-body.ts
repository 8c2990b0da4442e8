export interface MultipartBody {
  /** In order: header and text parts as bytes, files as Blobs (read when sent, not before). */
  parts: Array<Uint8Array | Blob>;
  length: number;
  contentType: string;
}

// As the HTML form encoding escapes them, so a name or filename cannot end its header line.
const escapeQuoted = (value: string) => value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');

// Only has to be absent from the content, as browsers' boundaries are; node:crypto is not worth loading for it.
const randomBoundary = () => `----pinkit${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

/**
 * Encodes `form` as `multipart/form-data` without the global `Response` (which would load
 * undici to do the same). Fields keep their order: storage services behind a media
 * `upload_url` read the policy fields first and want the file last.
 */
export function multipartBody(form: FormData, boundary = randomBoundary()): MultipartBody {
  const encoder = new TextEncoder();
  const parts: Array<Uint8Array | Blob> = [];
  let length = 0;
  const push = (part: Uint8Array | Blob) => {
    parts.push(part);
    length += part instanceof Blob ? part.size : part.byteLength;
  };
  for (const [name, value] of form.entries()) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"`;
    if (typeof value === 'string') {
      push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
      continue;
    }
    head += `; filename="${escapeQuoted(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
    push(encoder.encode(head));
    push(value);
    push(encoder.encode('\r\n'));
  }
  push(encoder.encode(`--${boundary}--\r\n`));
  return { parts, length, contentType: `multipart/form-data; boundary=${boundary}` };
}
