import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What the README's install line installs; an example that imports anything else fails for a
// user who copied it into their project (as get-pin.ts once did with @pinkit/http).
const INSTALLED = [
  '@pinkit/api-v5',
  '@pinkit/oauth',
  '@pinkit/token-store',
  '@pinkit/api-v3',
  '@pinkit/copy-engine',
  '@pinkit/account',
  '@pinkit/sim',
];
// The README says to copy token-env.ts along with these two.
const SHARING_TOKEN_ENV = ['get-access-token.ts', 'refresh-access-token.ts'];

const dir = new URL('.', import.meta.url);
const examples = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

describe.each(examples)('%s', (file) => {
  const imports = [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]!);

  it('imports only Node, the packages the README installs, and no sibling file but token-env.ts where the README says so', () => {
    const allowedSiblings = SHARING_TOKEN_ENV.includes(file) ? ['./token-env.js'] : [];
    expect(imports.filter((name) => !name.startsWith('node:') && !INSTALLED.includes(name) && !allowedSiblings.includes(name))).toEqual([]);
  });
});
