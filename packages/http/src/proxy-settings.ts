import { argumentsOf } from '@pinkit/arguments';
import { ProxyError } from './errors.js';

/** Environment variables, as in `process.env`. */
export type ProxyEnv = Record<string, string | undefined>;

interface NoProxyRule {
  /** Lower case, without a leading `.` or `*.`; `*` alone matches every host. */
  host: string;
  port: string | undefined;
}

export interface ProxySettings {
  http: URL | undefined;
  https: URL | undefined;
  noProxy: NoProxyRule[];
}

// Lower case first, as curl and most Node tools read them; upper case is what Windows users set.
const variable = (env: ProxyEnv, name: string): [string, string] | undefined => {
  for (const key of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[key]?.trim();
    if (value) return [key, value];
  }
  return undefined;
};

function proxyUrl(env: ProxyEnv, name: string): URL | undefined {
  const found = variable(env, name);
  if (!found) return undefined;
  const [key, value] = found;
  // `proxy.corp:3128` without a scheme is common in corporate set-ups and means plain HTTP.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // Never quote the value: it may carry the proxy's password.
    throw new ProxyError(`${key} is not a proxy URL; set it to http://host:port (or http://user:password@host:port).`, 'ERR_PROXY_CONFIG');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyError(
      `${key} uses ${url.protocol.slice(0, -1)}://; only http:// and https:// proxies are supported.`,
      'ERR_PROXY_CONFIG',
    );
  }
  return url;
}

function noProxyRules(env: ProxyEnv): NoProxyRule[] {
  const list = variable(env, 'no_proxy')?.[1] ?? '';
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const match = /^(\[[^\]]*\]|[^:]*|.*:.*:.*)(?::(\d+))?$/.exec(entry.toLowerCase());
      const host = (match?.[1] ?? entry).replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
      return { host, port: match?.[2] };
    });
}

/** Reads `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (either case) once; throws ProxyError for a malformed proxy URL. */
export function readProxySettings(env: ProxyEnv): ProxySettings {
  argumentsOf('readProxySettings').object(env, 'env');
  return { http: proxyUrl(env, 'http_proxy'), https: proxyUrl(env, 'https_proxy'), noProxy: noProxyRules(env) };
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * The proxy a request to `target` goes through, or undefined for a direct connection. A
 * `NO_PROXY` entry matches the host itself and every subdomain (`example.com` and
 * `.example.com` both match `api.example.com`), only on its port when it names one; `*`
 * matches everything. IP ranges (CIDR) are not understood and never match.
 */
export function proxyFor(target: URL, settings: ProxySettings): URL | undefined {
  const check = argumentsOf('proxyFor');
  if (!(target instanceof URL)) check.fail('target', 'a URL', target);
  check.object(settings, 'settings');
  check.array(settings.noProxy, 'settings.noProxy');
  const proxy = target.protocol === 'https:' ? settings.https : target.protocol === 'http:' ? settings.http : undefined;
  if (!proxy) return undefined;
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = target.port || DEFAULT_PORTS[target.protocol];
  const bypass = settings.noProxy.some(
    (rule) =>
      rule.host === '*' || ((host === rule.host || host.endsWith(`.${rule.host}`)) && (rule.port === undefined || rule.port === port)),
  );
  return bypass ? undefined : proxy;
}

/** `Proxy-Authorization` for credentials in the proxy URL (percent-decoded, as curl does). */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}
