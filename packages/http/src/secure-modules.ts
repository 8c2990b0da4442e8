import type * as https from 'node:https';
import type * as tls from 'node:tls';

/** node:https and node:tls, which an http: target (the simulator, a plain proxy) never needs. */
export interface SecureModules {
  https: typeof https;
  tls: typeof tls;
}

let loading: Promise<SecureModules> | undefined;

/**
 * Loads the TLS modules on the first https request: together they cost a command some 6 ms of start-up,
 * which a run against an http: URI would spend for nothing.
 */
export function loadSecureModules(): Promise<SecureModules> {
  loading ??= Promise.all([import('node:https'), import('node:tls')]).then(([httpsModule, tlsModule]) => ({
    https: httpsModule,
    tls: tlsModule,
  }));
  return loading;
}
