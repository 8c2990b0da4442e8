import { redactText, type FetchLike } from '@pinkit/http';
import { ReportDownloadError } from './report-errors.js';

/** Reports bigger than this are refused unless the caller allows more (`maxBytes`). */
export const DEFAULT_REPORT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Fetches a finished report's file. The URL comes from the server, so it must be http(s), and it
 * is fetched with the bare transport: the file host (a storage bucket at Pinterest, whose URL
 * carries its own credentials) never sees the access token.
 */
export async function downloadReportFile(
  fetch: FetchLike,
  url: string,
  maxBytes = DEFAULT_REPORT_MAX_BYTES,
  signal?: AbortSignal,
): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ReportDownloadError('The report URL Pinterest sent is not a URL.', { cause });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ReportDownloadError(`The report URL Pinterest sent is not http(s) (${parsed.protocol}); not fetching it.`);
  }
  // The query of a storage URL is its signature: never in a message.
  const shown = redactText(`${parsed.origin}${parsed.pathname}`);
  let response;
  try {
    response = await fetch(parsed.href, { method: 'GET', headers: { Accept: '*/*' }, ...(signal ? { signal } : {}) });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new ReportDownloadError(`Fetching the report from ${shown} failed: ${why}`, { cause });
  }
  if (!response.ok)
    throw new ReportDownloadError(`Fetching the report from ${shown} answered HTTP ${response.status}.`, { status: response.status });
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > maxBytes) throw new ReportDownloadError(`The report is ${length} bytes, more than the ${maxBytes} allowed.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new ReportDownloadError(`The report is more than the ${maxBytes} bytes allowed.`);
  return new TextDecoder().decode(bytes);
}
