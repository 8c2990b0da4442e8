import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimulatorOptionsError } from '../simulator-options-error.js';

/** Starts listening and returns the origin clients use; a busy port is a SimulatorOptionsError naming it. */
export function listenOnLoopback(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const message =
        error.code === 'EADDRINUSE'
          ? `Port ${port} on ${host} is already in use; choose another port, or 0 for a free one.`
          : `Cannot listen on ${host}:${port}: ${error.message}`;
      reject(new SimulatorOptionsError('port', port, message, { cause: error }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : host;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}
