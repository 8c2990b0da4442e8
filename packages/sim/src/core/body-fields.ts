import { failures } from './pinterest-failure.js';

type Body = Readonly<Record<string, unknown>>;

/** A string field that may be absent (undefined) or, when `nullable`, null; too long is a 400. */
export function optionalString(body: Body, name: string, rules: { max?: number; min?: number } = {}): string | null | undefined {
  const value = body[name];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string') throw failures.invalidParameters(`Invalid request: '${name}' must be a string.`);
  if (rules.max !== undefined && value.length > rules.max) {
    throw failures.invalidParameters(`Invalid request: '${name}' is longer than ${rules.max} characters (${value.length}).`);
  }
  if (rules.min !== undefined && value.length < rules.min) {
    throw failures.invalidParameters(`Invalid request: '${name}' must be at least ${rules.min} characters long.`);
  }
  return value;
}

export function requiredString(body: Body, name: string, rules: { max?: number; min?: number } = {}): string {
  const value = optionalString(body, name, rules);
  if (value === undefined || value === null) throw failures.invalidParameters(`Invalid request: '${name}' is required.`);
  return value;
}

export function optionalId(body: Body, name: string): string | undefined {
  const value = optionalString(body, name);
  if (value === undefined || value === null) return undefined;
  if (!/^\d+$/.test(value)) throw failures.invalidParameters(`'${name}' value '${value}' must match the pattern: ^\\d+$`);
  return value;
}

export function optionalEnum<T extends string>(body: Body, name: string, allowed: readonly T[]): T | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    throw failures.invalidParameters(`Invalid request: '${name}' must be one of ${allowed.join(', ')} (was ${JSON.stringify(value)}).`);
  }
  return match;
}

export function optionalBoolean(body: Body, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw failures.invalidParameters(`Invalid request: '${name}' must be true or false.`);
  return value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function asObject(value: unknown, name: string): Body {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw failures.invalidParameters(`Invalid request: '${name}' must be an object.`);
  }
  return value as Body;
}
