import { expect } from 'vitest';
import type { Simulator } from '../simulator.js';
import { SpecValidator } from './spec-validator.js';

export const REDIRECT_URI = 'http://localhost:8085/';

export interface AuthorizeParams {
  consumerId?: string;
  redirectUri?: string | null;
  responseType?: string;
  /** Comma-joined with `:` left readable, as @pinkit/oauth builds it; none for an empty list. */
  scopes?: readonly string[];
  state?: string;
}

/** `{sim.url}/oauth/?…` exactly as @pinkit/oauth's buildAuthorizeUrl writes it. */
export function authorizeUrl(sim: Simulator, params: AuthorizeParams = {}): string {
  const redirectUri = params.redirectUri === undefined ? REDIRECT_URI : params.redirectUri;
  const scopes = params.scopes ?? ['boards:read', 'pins:read', 'user_accounts:read'];
  const query = [
    `consumer_id=${encodeURIComponent(params.consumerId ?? sim.app.id)}`,
    ...(redirectUri === null ? [] : [`redirect_uri=${encodeURIComponent(redirectUri)}`]),
    `response_type=${params.responseType ?? 'code'}`,
    'refreshable=true',
    ...(scopes.length > 0 ? [`scope=${scopes.map((scope) => encodeURIComponent(scope).replace(/%3A/g, ':')).join(',')}`] : []),
    `state=${encodeURIComponent(params.state ?? 'state-123')}`,
  ];
  return `${sim.url}/oauth/?${query.join('&')}`;
}

/** GETs a page without following redirects. */
export async function getPage(url: string): Promise<{ status: number; html: string; location: string | null; contentType: string | null }> {
  const response = await fetch(url, { redirect: 'manual' });
  return {
    status: response.status,
    html: await response.text(),
    location: response.headers.get('location'),
    contentType: response.headers.get('content-type'),
  };
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The hidden fields of the consent form, read from the page as a browser would. */
export function hiddenFields(html: string): URLSearchParams {
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.append(
      match[1] ?? '',
      (match[2] ?? '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity),
    );
  }
  return form;
}

/** Submits the consent page's form with the button pressed; returns the answer without following it. */
export async function submitConsent(
  sim: Simulator,
  html: string,
  decision: string,
): Promise<{ status: number; location: string | null; html: string }> {
  const form = hiddenFields(html);
  form.set('decision', decision);
  const response = await fetch(`${sim.url}/oauth/`, { method: 'POST', body: form, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

/** Opens the consent page, presses Allow and returns the code the redirect carries. */
export async function authorize(sim: Simulator, params: AuthorizeParams = {}): Promise<string> {
  const page = await getPage(authorizeUrl(sim, params));
  expect(page.status, page.html).toBe(200);
  const answer = await submitConsent(sim, page.html, 'allow');
  expect(answer.status, answer.html).toBe(302);
  const code = new URL(answer.location ?? '').searchParams.get('code');
  if (!code) throw new Error(`no code in ${answer.location}`);
  return code;
}

export interface TokenCall<T> {
  status: number;
  body: T;
}

const validator = new SpecValidator();

/**
 * A token request as @pinkit/oauth sends it: HTTP Basic app credentials and a form body. Every
 * answer from `POST /v5/oauth/token` is validated against the official description.
 */
export async function tokenRequest<T>(
  sim: Simulator,
  path: string,
  fields: Record<string, string>,
  options: { method?: 'POST' | 'PUT'; credentials?: { id: string; secret: string } | null; json?: boolean } = {},
): Promise<TokenCall<T>> {
  const credentials = options.credentials === undefined ? sim.app : options.credentials;
  const response = await fetch(sim.url + path, {
    method: options.method ?? 'POST',
    headers: {
      ...(credentials === null
        ? {}
        : { authorization: `Basic ${Buffer.from(`${credentials.id}:${credentials.secret}`).toString('base64')}` }),
      'content-type': options.json ? 'application/json' : 'application/x-www-form-urlencoded',
    },
    body: options.json ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
  });
  const text = await response.text();
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  expect(response.headers.get('x-pinterest-rid')).toMatch(/^[0-9a-f]{16}$/);
  if (path === '/v5/oauth/token') validator.check('oauth/token', response.status, body);
  return { status: response.status, body: body as T };
}
