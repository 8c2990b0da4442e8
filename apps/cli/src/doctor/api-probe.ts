import type { PinkitConfig } from '../config/pinkit-config.js';
import { oneLine } from '../output/describe-error.js';
import { check, type DoctorCheck } from './doctor-check.js';

/** Past this much difference between the local clock and Pinterest's, expiry times mislead. */
const SKEW_WARN_MS = 5 * 60_000;

export interface ProbeAnswer {
  status: number;
  code: unknown;
  message: string;
  date: string | null;
}

/**
 * A board creation with no name: Pinterest checks Trial access (code 29) before the body, so a
 * Trial app is refused with 29 and any other gets a 400, and nothing is created either way. The
 * answer's Date header also gives Pinterest's clock. Sent directly, not through the account: no
 * account call could send a request that is meant to be refused.
 */
export async function probeApi(config: PinkitConfig, accessToken: string | undefined, timeoutMs: number): Promise<ProbeAnswer> {
  const response = await fetch(`${config.apiUri}/v5/boards`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'pinkit-cli doctor',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: '{}',
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Bounded: an error body is small, and only its code and message are read.
  const text = (await response.text()).slice(0, 4096);
  let body: { code?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON: a proxy's or a gateway's page; the status says enough.
  }
  return {
    status: response.status,
    code: body.code,
    message: typeof body.message === 'string' ? body.message.slice(0, 200) : '',
    date: response.headers.get('date'),
  };
}

/** Trial access and the sandbox, from the probe's answer. */
export function trialCheck(config: PinkitConfig, answer: ProbeAnswer | Error, tokenOk: boolean): DoctorCheck[] {
  const sandbox = check('sandbox', 'ok', config.sandbox ? `on: requests go to ${config.apiUri}` : `off: requests go to ${config.apiUri}`);
  if (config.apiVersion === '3') return [check('trial-access', 'skip', 'v3 has no Trial access'), sandbox];
  if (answer instanceof Error) return [check('trial-access', 'skip', `could not ask Pinterest: ${oneLine(answer)}`), sandbox];
  if (answer.code === 29) {
    return [
      check(
        'trial-access',
        config.sandbox ? 'fail' : 'warn',
        'the app has Trial access: Pinterest refuses its writes (save-pin, copy-pin, copy-board, update-pin) with code 29',
        config.sandbox
          ? 'apply for Standard access'
          : "run writes with --sandbox (or PINTEREST_SANDBOX=1) to use Pinterest's API sandbox, or apply for Standard access",
      ),
      sandbox,
    ];
  }
  if (!tokenOk || answer.status === 401 || answer.status === 403) {
    return [
      check('trial-access', 'skip', `not judged: the probe was refused (${answer.status}) before Pinterest looked at the app's access`),
      sandbox,
    ];
  }
  return [check('trial-access', 'ok', `writes are allowed (a nameless board was refused with ${answer.status}, not code 29)`), sandbox];
}

/** The local clock against the Date header of Pinterest's answer. */
export function clockCheck(answer: ProbeAnswer | Error, now: number): DoctorCheck[] {
  if (answer instanceof Error) return [check('clock', 'skip', `could not ask Pinterest: ${oneLine(answer)}`)];
  const server = answer.date ? Date.parse(answer.date) : NaN;
  if (Number.isNaN(server)) return [check('clock', 'skip', 'the answer carried no Date header')];
  // The header has whole seconds: a difference under a few seconds is noise.
  const skew = now - server;
  const seconds = Math.round(Math.abs(skew) / 1000);
  const which = skew > 0 ? 'ahead of' : 'behind';
  if (Math.abs(skew) > SKEW_WARN_MS) {
    return [
      check(
        'clock',
        'warn',
        `this machine's clock is ${seconds} s ${which} Pinterest's: expiry times will be off`,
        'set the clock right (enable NTP time sync)',
      ),
    ];
  }
  return [check('clock', 'ok', `within ${Math.max(seconds, 1)} s of Pinterest's`)];
}
