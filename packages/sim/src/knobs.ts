import { SimulatorOptionsError } from './simulator-options-error.js';

/** The behaviour a running simulator lets tests change: `configure()` edits the live object. */
export interface Knobs {
  latencyMs: number;
  /** Writes per second per user; Infinity means unlimited. */
  writeRate: number;
  faultRate: number;
  /** Lower-case host names; a link on one of them or a subdomain is spam. */
  spamDomains: readonly string[];
}

export interface KnobSettings {
  latencyMs?: number;
  writeRate?: number;
  faultRate?: number;
  spamDomains?: string[];
}

export function defaultKnobs(): Knobs {
  return { latencyMs: 0, writeRate: Infinity, faultRate: 0, spamDomains: [] };
}

/** Validates every given setting first, so a bad one leaves the knobs untouched. */
export function applyKnobs(knobs: Knobs, settings: KnobSettings): void {
  const next: Knobs = { ...knobs };
  if (settings.latencyMs !== undefined) next.latencyMs = checkLatency(settings.latencyMs);
  // An explicit `writeRate: undefined` switches the limit off again.
  if ('writeRate' in settings) next.writeRate = checkWriteRate(settings.writeRate);
  if (settings.faultRate !== undefined) next.faultRate = checkFaultRate(settings.faultRate);
  if (settings.spamDomains !== undefined) next.spamDomains = checkSpamDomains(settings.spamDomains);
  Object.assign(knobs, next);
}

function checkLatency(value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new SimulatorOptionsError('latencyMs', value, `latencyMs must be a number of milliseconds >= 0, got ${String(value)}.`);
  }
  return value;
}

function checkWriteRate(value: number | undefined): number {
  if (value === undefined || value === Infinity) return Infinity;
  if (Number.isNaN(value) || value <= 0) {
    throw new SimulatorOptionsError(
      'writeRate',
      value,
      `writeRate must be a number of writes per second > 0 (leave it out for no limit), got ${String(value)}.`,
    );
  }
  return value;
}

function checkFaultRate(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new SimulatorOptionsError('faultRate', value, `faultRate must be between 0 and 1 (a share of requests), got ${String(value)}.`);
  }
  return value;
}

function checkSpamDomains(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((domain) => typeof domain !== 'string' || domain.trim() === '')) {
    throw new SimulatorOptionsError('spamDomains', value, 'spamDomains must be a list of host names such as ["spam.example"].');
  }
  return value.map((domain: string) => domain.trim().toLowerCase().replace(/^\.+/, ''));
}
