import type { ServerResponse } from 'node:http';

// The callback URL holds the authorization code: keep it out of caches and Referer headers.
const PRIVATE_HEADERS = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, lines: string[]): string {
  const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n` +
    `<body style="font-family: sans-serif; margin: 3em">\n<h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`
  );
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

/** Answers the browser once the callback was read: to the landing page, or a page saying how it went. */
export function answerCallback(res: ServerResponse, outcome: { ok: true; landingUri?: string } | { ok: false; message: string }): void {
  if (outcome.ok && outcome.landingUri) {
    res.writeHead(302, { ...PRIVATE_HEADERS, Location: outcome.landingUri, 'Content-Length': 0 });
    res.end();
  } else if (outcome.ok) {
    send(
      res,
      200,
      page('Pinterest authorization complete', ['The app is authorized. You can close this window and return to the terminal.']),
    );
  } else {
    send(
      res,
      400,
      page('Pinterest authorization failed', [outcome.message, 'You can close this window; the terminal says what to do next.']),
    );
  }
}

const OTHER: Record<400 | 404 | 405 | 409, [string, string]> = {
  400: [
    'Not this sign-in',
    'This request is not the answer to the sign-in in progress (another address, or another OAuth state), so it was ignored.',
  ],
  404: ['Not found', 'This address only receives the Pinterest OAuth redirect.'],
  405: ['Method not allowed', 'Only GET is accepted here.'],
  409: ['Already handled', 'This authorization was already handled. You can close this window and return to the terminal.'],
};

/** Answers anything that is not the one expected callback. */
export function answerOther(res: ServerResponse, status: 400 | 404 | 405 | 409): void {
  const [title, text] = OTHER[status];
  send(res, status, page(title, [text]));
}
