import { pathSegment } from '@pinkit/http';

/** The operation's path template (`/boards/{board_id}`) with each placeholder checked and URL-encoded. */
export function fillPath(operationId: string, template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{([^{}]+)\}/g, (_placeholder, param: string) => pathSegment(operationId, param, params?.[param]));
}
