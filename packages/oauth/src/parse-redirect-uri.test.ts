import { describe, expect, it } from 'vitest';
import { InvalidRedirectUriError } from './errors.js';
import { parseRedirectUri } from './parse-redirect-uri.js';

describe('parseRedirectUri', () => {
  it('reads a loopback redirect URI into the addresses and path to serve', () => {
    expect(parseRedirectUri('http://localhost:8085/cb')).toEqual({ port: 8085, path: '/cb', hosts: ['127.0.0.1'], optionalHosts: ['::1'] });
  });

  // RFC 6749 section 3.1.2: the redirection endpoint URI MUST NOT include a fragment component.
  it.each(['http://localhost:18113/cb#frag', 'http://localhost:18113/#', 'http://127.0.0.1:18113/cb?x=1#a=b'])(
    'refuses %s: a fragment never reaches the listener, so the sign-in would wait for nothing',
    (uri) => {
      expect(() => parseRedirectUri(uri)).toThrow(InvalidRedirectUriError);
      expect(() => parseRedirectUri(uri)).toThrow(/must not have a fragment/);
    },
  );
});
