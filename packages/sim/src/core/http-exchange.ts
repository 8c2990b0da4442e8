import type { IncomingMessage, ServerResponse } from 'node:http';
import { failures } from './pinterest-failure.js';
import type { Reply } from './route.js';

/** Bodies beyond this are refused; video uploads in tests are small, real ones would be streamed. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Reads the whole request body; too large a body is a 413 (the rest is drained, not buffered). */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(buffer);
  }
  if (tooLarge) throw failures.payloadTooLarge(limit);
  return Buffer.concat(chunks);
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.html !== undefined) {
    res.writeHead(reply.status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(reply.html),
      'cache-control': 'no-store',
    });
    res.end(reply.html);
    return;
  }
  if (reply.file !== undefined) {
    res.writeHead(reply.status, { 'content-type': reply.file.contentType, 'content-length': reply.file.data.length });
    res.end(reply.file.data);
    return;
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Parses a JSON object body; anything else is a 400 like Pinterest's. */
export function jsonObject(body: Buffer): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw failures.invalidParameters('Invalid request: the body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw failures.invalidParameters('Invalid request: the body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
