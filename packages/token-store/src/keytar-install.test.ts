import { describe, expect, it } from 'vitest';
import { keychainAdvice } from './errors.js';
import { keytarInstallOf } from './keytar-install.js';

describe('keytarInstallOf', () => {
  it.each([
    ['/usr/local/lib/node_modules/@pinkit/cli/node_modules/@pinkit/token-store/dist/keytar-install.js', 'npm-global'],
    ['/home/me/.nvm/versions/node/v20.19.0/lib/node_modules/@pinkit/cli/node_modules/@pinkit/token-store/dist/x.js', 'npm-global'],
    ['C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\@pinkit\\cli\\node_modules\\@pinkit\\token-store\\dist\\x.js', 'npm-global'],
    ['/home/me/app/node_modules/@pinkit/token-store/dist/keytar-install.js', 'npm'],
    ['/home/me/lib/app/node_modules/@pinkit/token-store/dist/keytar-install.js', 'npm'],
    ['/home/me/app/node_modules/.pnpm/@pinkit+token-store@0.1.0/node_modules/@pinkit/token-store/dist/x.js', 'pnpm'],
    ['/home/me/pinkit/packages/token-store/dist/keytar-install.js', 'source'],
  ])('tells %s is a %s install', (path, kind) => {
    expect(keytarInstallOf(path)).toBe(kind);
  });

  it('tells a global npm install to install keytar globally, where the global pinkit finds it', () => {
    expect(keychainAdvice('module-missing', 'npm-global')).toContain('npm i -g keytar');
    expect(keychainAdvice('module-missing', 'npm')).toContain('npm install keytar');
    expect(keychainAdvice('not-built', 'pnpm')).toContain('pnpm approve-builds');
  });
});
