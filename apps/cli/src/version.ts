import { createRequire } from 'node:module';

// From this package's own package.json (src/, dist/ and the bundle's entries all sit one folder
// below it), so `changeset version` is the only place a version is written.
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
