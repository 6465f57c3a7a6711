// What our server tells the app about the connection. Every incoming x-atlas-* header is dropped
// first, so the app can trust the ones set here.
import type { IncomingMessage } from "node:http";
import { INTERNAL_HEADER_PREFIX, SOCKET_ADDRESS_HEADER } from "./internal-headers";

export function stampSocketAddress(request: IncomingMessage): void {
  for (const name of Object.keys(request.headers)) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) delete request.headers[name];
  }
  const raw: string[] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (!request.rawHeaders[i]!.toLowerCase().startsWith(INTERNAL_HEADER_PREFIX)) raw.push(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  }
  request.rawHeaders = raw;
  const address = request.socket.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
}
