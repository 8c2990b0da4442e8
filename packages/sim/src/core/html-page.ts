const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Makes text safe inside HTML content and quoted attribute values: query strings end up in these pages. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const STYLE = [
  'body{font-family:system-ui,sans-serif;background:#f5f5f5;color:#111;margin:0}',
  'main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:16px;padding:2rem;box-shadow:0 1px 6px #0002}',
  'h1{font-size:1.4rem}li{margin:.4rem 0}code{background:#eee;border-radius:4px;padding:0 .3rem}',
  '.actions{display:flex;gap:1rem;justify-content:flex-end;margin-top:2rem}',
  'button{font-size:1rem;border:0;border-radius:24px;padding:.7rem 1.4rem;cursor:pointer}',
  'button[value=allow]{background:#e60023;color:#fff}button[value=deny]{background:#e9e9e9}',
].join('');

/** A complete page; `body` must already be escaped HTML. */
export function htmlDocument(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body><main>${body}</main></body></html>`,
  ].join('\n');
}
