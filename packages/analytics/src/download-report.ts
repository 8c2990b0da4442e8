import { argumentsOf } from '@pinkit/arguments';
import { checkDownloadOptions } from './report-arguments.js';
import { ReportDownloadError } from './report-errors.js';

/**
 * The transport a report is fetched with: `@pinkit/http`'s clients' `fetch` and the global
 * `fetch` both fit. Only what the download reads is asked for, so this package needs no HTTP one.
 */
export type ReportFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer> }>;

/** Reports bigger than this are refused unless the caller allows more (`maxBytes`). */
export const DEFAULT_REPORT_MAX_BYTES = 50 * 1024 * 1024;

export interface DownloadOptions {
  maxBytes?: number;
  /** The size Pinterest announced (`size` of the report status), checked before reading. */
  announcedSize?: number | null;
  signal?: AbortSignal;
  /** The format the report was asked in; a JSON file that does not parse is refused here, naming where it came from. */
  format?: string;
}

/**
 * Fetches a finished report's file. The URL comes from the server, so it is checked to be http(s)
 * and fetched with the bare transport: the file host (a storage bucket at Pinterest) gets no
 * Authorization header, and so never sees the access token.
 */
export async function downloadReport(fetch: ReportFetch, url: string, options: DownloadOptions = {}): Promise<string> {
  argumentsOf('downloadReport').function(fetch, 'fetch');
  checkDownloadOptions(options);
  const maxBytes = options.maxBytes ?? DEFAULT_REPORT_MAX_BYTES;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ReportDownloadError('The report URL Pinterest sent is not a URL.', { cause });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ReportDownloadError(`The report URL Pinterest sent is not http(s) (${parsed.protocol}); not fetching it.`);
  }
  if (typeof options.announcedSize === 'number' && options.announcedSize > maxBytes) {
    throw new ReportDownloadError(`The report is ${options.announcedSize} bytes, more than the ${maxBytes} allowed.`);
  }
  // The host only: a signed URL's path and query are credentials, and no log needs them.
  const shown = parsed.host;
  let response;
  try {
    response = await fetch(parsed.href, {
      method: 'GET',
      headers: { Accept: '*/*' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ReportDownloadError(`Fetching the report from ${shown} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
  // The transport is the caller's: one that answers no response is said here, not met as a TypeError below.
  if (typeof response !== 'object' || response === null || typeof response.headers?.get !== 'function') {
    throw new ReportDownloadError(
      `Fetching the report from ${shown} gave no HTTP response: the fetch passed to downloadReport answered something else.`,
    );
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (!response.ok) {
    throw new ReportDownloadError(`Fetching the report from ${shown} answered HTTP ${response.status}.`, { status: response.status });
  }
  if (length > maxBytes) throw new ReportDownloadError(`The report is ${length} bytes, more than the ${maxBytes} allowed.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new ReportDownloadError(`The report is more than the ${maxBytes} bytes allowed.`);
  const text = new TextDecoder().decode(bytes);
  if (options.format?.toUpperCase() === 'JSON') checkJson(text, shown);
  return text;
}

/** Every reader of the file parses it; failing here says which file, not only "Unexpected token". */
function checkJson(text: string, shown: string): void {
  try {
    JSON.parse(text);
  } catch (cause) {
    throw new ReportDownloadError(`The report file from ${shown} is not valid JSON (${(cause as Error).message}).`, { cause });
  }
}
