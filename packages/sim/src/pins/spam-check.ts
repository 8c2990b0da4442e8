import type { Knobs } from '../core/knobs.js';
import { failures } from '../core/pinterest-failure.js';

/** Refuses a link whose host is a spam domain or one of its subdomains (429, "spam" in the message). */
export function refuseSpam(knobs: Knobs, link: string | null | undefined): void {
  if (!link || knobs.spamDomains.length === 0) return;
  let host: string;
  try {
    host = new URL(link).hostname.toLowerCase();
  } catch {
    return;
  }
  const domain = knobs.spamDomains.find((spam) => host === spam || host.endsWith(`.${spam}`));
  if (domain !== undefined) throw failures.spam(domain);
}
