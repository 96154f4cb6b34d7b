import type { IncomingMessage } from 'node:http';

/** The host names the loopback host answers to; anything else may be a DNS-rebinding page. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** True when the Host header names this loopback host. */
export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has(request.headers.host ?? '');
}

/** True when a request has no Origin (same-origin navigation, CLI tools) or comes from this host's own pages. */
export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return allowedHosts(port).has(new URL(origin).host) && new URL(origin).protocol === 'http:';
  } catch {
    return false;
  }
}
