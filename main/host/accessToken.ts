import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/bridge';

/**
 * Name of the cookie that lets the page's own assets and API calls carry the token. Cookies are
 * per host name, not per port, so it names the port: two hosts in one browser keep their own.
 */
export function tokenCookieName(port: number): string {
  return `spanmark_token_${port}`;
}

/** A fresh random access token for one run of the host. */
export function newAccessToken(): string {
  return randomBytes(24).toString('hex');
}

/** The token a request presents: `?token=`, the token header, or the cookie, in that order. */
export function presentedToken(request: IncomingMessage, url: URL, cookieName: string): string | null {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const fromHeader = request.headers[TOKEN_HEADER];
  if (typeof fromHeader === 'string' && fromHeader !== '') return fromHeader;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return null;
}

/** Compares tokens in constant time, so timing does not reveal how much of a guess was right. */
export function tokensMatch(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
