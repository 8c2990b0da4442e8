import { fileURLToPath } from 'node:url';
import { argumentsOf } from '@pinkit/arguments';

/**
 * How the package that loads keytar was installed, which decides the command that installs or
 * builds keytar where it will be found: a global npm install only sees a global keytar
 * (`npm install keytar` in some folder does nothing for it), pnpm builds only approved packages.
 */
export const KEYTAR_INSTALLS = ['npm-global', 'npm', 'pnpm', 'source'] as const;
export type KeytarInstall = (typeof KEYTAR_INSTALLS)[number];

/** Tells the install kind from the path of an installed module (this package's own by default). */
export function keytarInstallOf(modulePath: string = fileURLToPath(import.meta.url)): KeytarInstall {
  argumentsOf('keytarInstallOf').string(modulePath, 'modulePath', { maxLength: 4096, singleLine: true });
  const path = modulePath.replaceAll('\\', '/');
  if (!path.includes('/node_modules/')) return 'source';
  if (path.includes('/node_modules/.pnpm/')) return 'pnpm';
  // npm puts a global package in <prefix>/lib/node_modules (Windows: <prefix>/node_modules), its
  // dependencies below it, where only a global keytar is found from; in a project they are hoisted.
  return /\/lib\/node_modules\/(@[^/]+\/)?[^/]+\/node_modules\//.test(path) ||
    /\/npm\/node_modules\/(@[^/]+\/)?[^/]+\/node_modules\//.test(path)
    ? 'npm-global'
    : 'npm';
}
