import { execFile } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** The parts of @pinkit/sim the example runs use, as loaded from a user's install. */
export interface InstalledSim {
  url: string;
  users: ReadonlyArray<{ username: string; accessToken: string; refreshToken: string }>;
  env(): Record<string, string>;
  stop(): Promise<void>;
}

/** Starts the simulator from the copy of @pinkit/sim installed in `project`, not from the workspace. */
export async function startInstalledSim(project: string, options: Record<string, unknown>): Promise<InstalledSim> {
  const entry = join(project, 'node_modules', '@pinkit', 'sim', 'dist', 'index.js');
  const sim = (await import(pathToFileURL(entry).href)) as { startSimulator(options: Record<string, unknown>): Promise<InstalledSim> };
  return sim.startSimulator(options);
}

/** Copies every example program (not its tests) into `into`, as the examples README tells a user to. */
export function copyExamples(root: string, into: string): void {
  const src = join(root, 'apps', 'examples', 'src');
  for (const file of readdirSync(src).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    cpSync(join(src, file), join(into, file));
  }
}

/** Runs one copied example with the workspace's tsx; module resolution starts from the copy, so packages come from the project. */
export function runExample(root: string, file: string, args: string[], env: NodeJS.ProcessEnv) {
  return promisify(execFile)(join(root, 'node_modules', '.bin', 'tsx'), [file, ...args], { env, encoding: 'utf8' });
}
