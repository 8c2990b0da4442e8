import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PublishedPackage {
  /** Folder from the workspace root, e.g. `packages/http`. */
  dir: string;
  name: string;
  version: string;
  bin: Record<string, string>;
}

/** Every package users install: each one under packages/ and apps/ that is not private. */
export function publishedPackages(root: string): PublishedPackage[] {
  return ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group))
      .map((name) => join(group, name))
      .filter((dir) => existsSync(join(root, dir, 'package.json')))
      .flatMap((dir) => {
        const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
          name: string;
          version: string;
          private?: boolean;
          bin?: Record<string, string>;
        };
        return manifest.private ? [] : [{ dir, name: manifest.name, version: manifest.version, bin: manifest.bin ?? {} }];
      }),
  );
}
