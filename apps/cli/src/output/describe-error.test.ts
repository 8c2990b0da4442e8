import { hostname } from 'node:os';
import { SandboxVersionError, UnsupportedCapabilityError } from '@pinkit/account';
import { JournalLockedError } from '@pinkit/copy-engine';
import { ApiError } from '@pinkit/http';
import { argumentsOf } from '@pinkit/arguments';
import { describe, expect, it } from 'vitest';
import { describeError, exitCodeFor } from './describe-error.js';

describe('describeError', () => {
  it('names the pinkit run holding a copy journal, and the lock file when that run is on another host', () => {
    const here = new JournalLockedError('/j/copy.jsonl', '/j/copy.jsonl.lock', { pid: 1234, host: hostname() });
    expect(describeError(here)).toBe(
      'Another pinkit run (pid 1234) is using journal /j/copy.jsonl; wait for it to finish or use a different --journal.',
    );
    expect(exitCodeFor(here)).toBe(1);
    const there = new JournalLockedError('/j/copy.jsonl', '/j/copy.jsonl.lock', { pid: 99, host: 'nas.example' });
    expect(describeError(there)).toBe(
      'Another pinkit run (pid 99 on nas.example) is using journal /j/copy.jsonl; ' +
        'wait for it to finish or use a different --journal. ' +
        'If it is no longer running, delete /j/copy.jsonl.lock.',
    );
  });

  it("treats an account's refusal of what its version lacks as bad input: its line, exit 2", () => {
    const refused = new UnsupportedCapabilityError(3, 'updatePin', 'use API v5 (v3 documented no edit of a pin)');
    expect(describeError(refused)).toBe('updatePin: API v3 does not have it; use API v5 (v3 documented no edit of a pin).');
    expect([exitCodeFor(refused), exitCodeFor(new SandboxVersionError(3))]).toEqual([2, 2]);
  });

  it("treats a library's refusal of an argument as bad input: its one line, exit 2", () => {
    let refusal: unknown;
    try {
      argumentsOf('createOAuthClient').string('id\nsecret', 'options.appId', { singleLine: true });
    } catch (error) {
      refusal = error;
    }
    expect(describeError(refusal)).toBe(
      'createOAuthClient: options.appId must be a non-empty string without control characters, not a string of 9 characters.',
    );
    expect(exitCodeFor(refusal)).toBe(2);
  });

  const notFound = (method: string, url: string, code = 50) =>
    new ApiError({ status: 404, code, message: 'Pin not found.', requestId: 'abc', request: { method, url } });

  it('says which pins GET /v5/pins/{pin_id} may read when Pinterest answers it 404 code 50', () => {
    expect(describeError(notFound('GET', 'https://api.pinterest.com/v5/pins/123?ad_account_id=9'))).toBe(
      'Not found - check the id; Pinterest reads by id only your own pins and those on group boards shared with you ' +
        "(save-pin can still save anyone's public pin). Pin not found. (request id abc)",
    );
  });

  it('says why a pin cannot be saved, and keeps the plain hint for other 404s', () => {
    expect(describeError(notFound('POST', 'https://api.pinterest.com/v5/pins/123/save'))).toMatch(
      /^Not found - check the id; a pin on a secret board of another user cannot be saved either\. Pin not found\./,
    );
    expect(describeError(notFound('GET', 'https://api.pinterest.com/v5/boards/123', 40))).toBe(
      'Not found - check the id. Pin not found. (request id abc)',
    );
  });
});
