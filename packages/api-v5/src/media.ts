import { argumentsOf } from '@pinkit/arguments';
import { ApiError, NetworkError, redactText, type FetchLike, type FetchLikeResponse, type Logger } from '@pinkit/http';
import { composite, endpoint } from './endpoint.js';
import { expectFields } from './expect-fields.js';
import { UnexpectedResponseError } from './errors.js';
import type { Media, MediaUpload } from './types.js';

export interface UploadTransport {
  /** The API client's own transport (`http.fetch`), so an upload uses the same proxy and connections. */
  fetch: FetchLike;
  logger?: Logger;
  signal?: AbortSignal;
}

/**
 * Sends `file` to the `upload_url` of a registered upload as a multipart POST: every
 * `upload_parameters` field unchanged, then the file as `file` (the storage service behind the
 * URL reads fields in order and wants the file last). The URL takes no bearer token: the fields
 * are the authorisation. Not retried: a repeat after an unclear failure is the caller's choice.
 */
export async function uploadMedia(transport: UploadTransport, upload: MediaUpload, file: Blob, filename: string): Promise<void> {
  if (!upload.upload_url) throw new Error(`Media upload ${upload.media_id} came without an upload_url; register the upload again.`);
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.upload_parameters ?? {})) {
    if (typeof value === 'string') form.append(name, value);
  }
  form.append('file', file, filename);
  const request = { method: 'POST', url: redactText(upload.upload_url) };
  const started = Date.now();
  let response: FetchLikeResponse;
  try {
    response = await transport.fetch(upload.upload_url, {
      method: 'POST',
      body: form,
      ...(transport.signal ? { signal: transport.signal } : {}),
    });
  } catch (error) {
    if (transport.signal?.aborted) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new NetworkError(`POST ${request.url}: the upload failed (${why})`, { request, cause: error, notSent: false });
  }
  const requestId = response.headers.get('x-pinterest-rid') ?? undefined;
  transport.logger?.log(2, `POST ${request.url} -> ${response.status} (${Date.now() - started} ms)${requestId ? ` rid=${requestId}` : ''}`);
  const body = await response.text();
  if (response.ok) return;
  // Storage services answer in XML or plain text; a short body is worth showing, a long one is not.
  const detail = body.length > 0 && body.length < 300 ? redactText(body.trim()) : `HTTP ${response.status}`;
  throw new ApiError({
    status: response.status,
    message: `POST ${request.url} failed with ${response.status}: ${detail}`,
    ...(requestId ? { requestId } : {}),
    request,
    body,
  });
}

const MEDIA_STATUSES: readonly string[] = ['registered', 'processing', 'succeeded', 'failed'];

/** `client.media`: video uploads (https://developers.pinterest.com/docs/api/v5/media-create). */
export const media = {
  /** Registers a video upload; the answer says where to send the file and with which form fields. */
  create: endpoint('media/create', async (call, input: { media_type: 'video' }): Promise<MediaUpload> => {
    const upload = await call({ body: input });
    // The id becomes the pin's media and the URL receives the file: neither may be anything but text.
    expectFields(upload, 'media/create', 'body', { media_id: 'string', upload_url: 'string', upload_parameters: 'object?' });
    return upload;
  }),
  /** An upload's processing status: registered, processing, succeeded or failed. */
  get: endpoint('media/get', async (call, mediaId: string): Promise<Media> => {
    const status = await call({ params: { media_id: mediaId } });
    expectFields(status, 'media/get', 'body', { status: 'string?' });
    // An unknown status would be polled until the caller's patience ends; refuse it at once.
    if (status.status && !MEDIA_STATUSES.includes(status.status)) {
      throw new UnexpectedResponseError({
        operation: 'media/get',
        field: 'body.status',
        expected: MEDIA_STATUSES.join(', '),
        got: status.status,
      });
    }
    return status;
  }),
  /** Sends the file to the registered upload's `upload_url`, with the client's transport and logger. */
  upload: composite(async (context, upload: MediaUpload, file: Blob, filename: string, signal?: AbortSignal): Promise<void> => {
    const check = argumentsOf('media.upload');
    check.object(upload, 'upload');
    check.string(upload.media_id, 'upload.media_id', { maxLength: 256, singleLine: true });
    check.httpUrl(upload.upload_url, 'upload.upload_url');
    if (!(file instanceof Blob)) check.fail('file', 'a Blob (or a File)', file);
    check.string(filename, 'filename', { maxLength: 255, singleLine: true });
    check.signal(signal, 'signal', { optional: true });
    return uploadMedia(
      { fetch: context.fetch, ...(context.logger ? { logger: context.logger } : {}), ...(signal ? { signal } : {}) },
      upload,
      file,
      filename,
    );
  }),
};
