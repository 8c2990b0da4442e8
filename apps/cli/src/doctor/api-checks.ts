import type { Logger } from '@pinkit/http';
import type { LocatedTokenRecord } from '@pinkit/token-store';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { clockCheck, probeApi, trialCheck, type ProbeAnswer } from './api-probe.js';
import type { DoctorCheck } from './doctor-check.js';
import { scopeChecks, tokenCheck } from './token-checks.js';

const PROBE_TIMEOUT_MS = 10_000;

/**
 * The checks that ask Pinterest: the token (when there is one) and its scopes, then one probe for
 * Trial access and the clock, sent with the token when it works.
 */
export async function apiChecks(config: PinkitConfig, located: LocatedTokenRecord | undefined, logger: Logger): Promise<DoctorCheck[]> {
  const now = Date.now();
  const token = located ? await tokenCheck(config, located, logger, now) : [];
  const tokenOk = token.some((one) => one.status === 'ok' || one.status === 'warn');
  const scopes = located ? await scopeChecks(config, located) : [];
  const answer: ProbeAnswer | Error = await probeApi(config, tokenOk ? located?.record.access_token : undefined, PROBE_TIMEOUT_MS).catch(
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  return [...token, ...scopes, ...trialCheck(config, answer, tokenOk), ...clockCheck(answer, Date.now())];
}
