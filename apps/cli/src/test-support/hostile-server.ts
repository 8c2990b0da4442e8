import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileServer {
  /** Base URL, for PINTEREST_API_URI. */
  url: string;
  /** Requests answered so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/**
 * A loopback server standing in for a Pinterest that misbehaves: every request is answered by
 * `answer`, which gets the request and its 0-based index. For the CLI's defences against the
 * server (escape sequences, endless paging, huge messages).
 */
export async function startHostileServer(
  answer: (req: IncomingMessage, res: ServerResponse, index: number) => void,
): Promise<HostileServer> {
  let requests = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(req, res, requests++));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
