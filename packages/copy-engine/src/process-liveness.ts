import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/** Who holds a lock: enough to tell, later and from another process, whether it still runs. */
export interface ProcessIdentity {
  pid: number;
  host: string;
  /** Start time in clock ticks since boot (Linux, from /proc); null where it cannot be read. */
  start: string | null;
}

/** The start time of `pid`, which tells a live process from a later one that reused its pid. */
export async function processStartTime(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 2, the command name, may hold spaces and parentheses; the 20 fields after its
    // closing parenthesis end with field 22, starttime (proc(5)).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export async function currentProcess(): Promise<ProcessIdentity> {
  return { pid: process.pid, host: hostname(), start: await processStartTime(process.pid) };
}

/**
 * Whether the process is still running: `dead` only when that is certain. A process on another
 * host cannot be asked, so it counts as alive.
 */
export async function processLiveness(holder: ProcessIdentity): Promise<'alive' | 'dead'> {
  if (holder.host !== hostname()) return 'alive';
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'dead';
  }
  if (holder.start === null) return 'alive';
  const start = await processStartTime(holder.pid);
  return start !== null && start !== holder.start ? 'dead' : 'alive';
}
