import { pathSegmentProblem } from '@pinkit/http';
import { InvalidPathParamError } from './errors.js';

/** The operation's path template (`/boards/{board_id}`) with each placeholder checked and URL-encoded. */
export function fillPath(operationId: string, template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{([^{}]+)\}/g, (_placeholder, param: string) => {
    const value = params?.[param];
    const reason = pathSegmentProblem(value);
    if (reason) throw new InvalidPathParamError({ operationId, param, value, reason });
    return encodeURIComponent(value as string);
  });
}
