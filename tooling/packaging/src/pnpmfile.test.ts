import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The workspace's pnpm hooks, loaded as pnpm loads them.
const { hooks } = createRequire(import.meta.url)('../../../.pnpmfile.cjs') as {
  hooks: { beforePacking(manifest: Record<string, unknown>): Record<string, unknown> };
};

describe('the manifest pnpm packs', () => {
  it('ships the same package.json bytes whatever order pnpm rewrote the workspace ranges in', () => {
    const packed = (dependencies: Record<string, string>) =>
      JSON.stringify(
        hooks.beforePacking({ name: '@pinkit/http', version: '0.1.0', dependencies, optionalDependencies: { b: '1', a: '1' } }),
      );
    const finishedFirst = { '@pinkit/timing': '^0.1.0', '@pinkit/analytics': '^0.1.0', '@pinkit/hosts': '^0.1.0' };
    const finishedLast = { '@pinkit/hosts': '^0.1.0', '@pinkit/analytics': '^0.1.0', '@pinkit/timing': '^0.1.0' };
    expect(packed(finishedFirst)).toBe(packed(finishedLast));
    expect(Object.keys(JSON.parse(packed(finishedFirst)).dependencies)).toEqual(['@pinkit/analytics', '@pinkit/hosts', '@pinkit/timing']);
    expect(Object.keys(JSON.parse(packed(finishedFirst)).optionalDependencies)).toEqual(['a', 'b']);
  });

  it('leaves out the scripts and devDependencies that only work inside the workspace', () => {
    const manifest = hooks.beforePacking({
      name: 'x',
      scripts: { build: 'tsc' },
      devDependencies: { '@pinkit/test-support': 'workspace:*' },
    });
    expect(manifest).toEqual({ name: 'x' });
  });
});
