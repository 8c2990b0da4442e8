import { describe, expect, it } from 'vitest';
import { signInCommand } from './sign-in-command.js';

describe('signInCommand', () => {
  it('names the token, and -v 3 only on v3, so the token it stores is of the version in use', () => {
    expect(signInCommand('work', '5')).toBe('pinkit get-access-token -w -a work');
    expect(signInCommand('work', '3')).toBe('pinkit get-access-token -w -a work -v 3');
  });
});
