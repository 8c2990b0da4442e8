import { pathSegmentProblem } from '@pinkit/http';
import { InvalidPathParamError } from './errors.js';

/** One id checked and URL-encoded for a path: `pathSegment('pins.get', 'pinId', id)`. */
export function pathSegment(call: string, param: string, value: unknown): string {
  const reason = pathSegmentProblem(value);
  if (reason) throw new InvalidPathParamError({ call, param, value, reason });
  return encodeURIComponent(value as string);
}
