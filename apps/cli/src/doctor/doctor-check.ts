/** How one check came out: `fail` needs fixing (exit 1), `warn` may bite later, `skip` could not be judged. */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** One line of `pinkit doctor`: never a secret, only names, hosts, scopes and times. */
export interface DoctorCheck {
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do about it, when there is something to do. */
  fix: string | null;
}

export function check(name: string, status: CheckStatus, detail: string, fix: string | null = null): DoctorCheck {
  return { name, status, detail, fix };
}

/**
 * `run` within `ms`, or a `skip` line saying it did not answer: one stuck check (a keychain that
 * waits on D-Bus, a host that never answers) must not hold the others.
 */
export async function bounded(name: string, ms: number, run: () => Promise<DoctorCheck[]>): Promise<DoctorCheck[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<DoctorCheck[]>((resolve) => {
    timer = setTimeout(() => resolve([check(name, 'skip', `no answer within ${ms / 1000} s`)]), ms);
  });
  try {
    return await Promise.race([run(), late]);
  } finally {
    clearTimeout(timer);
  }
}
