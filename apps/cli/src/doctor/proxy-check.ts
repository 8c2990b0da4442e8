import { maskUrl } from '../config/mask-url.js';
import { check, type DoctorCheck } from './doctor-check.js';

const PROXY_URLS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
const NO_PROXY = ['NO_PROXY', 'no_proxy'];

/** Why a proxy URL would not work, or undefined. */
function proxyUrlFlaw(value: string): string | undefined {
  let url: URL;
  // `proxy.example:3128` parses as a URL of the scheme `proxy.example:`; a proxy URL has `//`.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'is not a URL (it needs a scheme, as in http://proxy.example:3128)';
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL (it needs a scheme, as in http://proxy.example:3128)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `has the scheme ${url.protocol} (http: or https: only)`;
  if (url.hostname === '') return 'names no host';
  return undefined;
}

/** A NO_PROXY entry: `*`, a host or domain (a leading `.` or `*.` allowed), an IP, each with an optional port. */
function noProxyEntryFlaw(entry: string): boolean {
  return !/^(\*|(\*?\.)?[a-z0-9_-]+(\.[a-z0-9_-]+)*(:\d{1,5})?|\[[0-9a-f:.]+\](:\d{1,5})?|[0-9a-f:]+(\/\d{1,3})?|[0-9.]+\/\d{1,2})$/i.test(
    entry,
  );
}

/** The proxy variables pinkit reads, each checked; values shown with any login or query masked. */
export function proxyCheck(env: Readonly<Record<string, string | undefined>>): DoctorCheck[] {
  const problems: string[] = [];
  const seen: string[] = [];
  for (const name of PROXY_URLS) {
    const value = env[name]?.trim();
    if (!value) continue;
    const flaw = proxyUrlFlaw(value);
    if (flaw) problems.push(`${name} ${flaw}: ${maskUrl(value)}`);
    else seen.push(`${name}=${maskUrl(value)}`);
  }
  for (const name of NO_PROXY) {
    const value = env[name]?.trim();
    if (!value) continue;
    const bad = value
      .split(/[\s,]+/)
      .filter((entry) => entry !== '')
      .filter(noProxyEntryFlaw);
    if (bad.length > 0)
      problems.push(`${name} has entries that are not hosts: ${bad.map((entry) => JSON.stringify(maskUrl(entry))).join(', ')}`);
    else seen.push(`${name} set`);
  }
  if (problems.length > 0) {
    return [check('proxy', 'fail', problems.join('; '), 'set the variable to a URL such as http://proxy.example:3128, or unset it')];
  }
  return [check('proxy', 'ok', seen.length > 0 ? seen.join(', ') : 'no proxy variables set')];
}
