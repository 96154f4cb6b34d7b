// The loopback host hands the browser a token in the URL it prints (`?token=…`). The token is kept
// for this tab in sessionStorage and taken out of the address bar, so it does not end up in
// bookmarks, screenshots or history. The host also sets an HttpOnly cookie, so a reload still works.

const TOKEN_PARAM = 'token';
const STORAGE_KEY = 'spanmark.token';

/** Splits the token off a URL; `url` is what the address bar should show instead, or null if unchanged. */
export function takeTokenFromUrl(href: string): { token: string | null; url: string | null } {
  const url = new URL(href);
  const token = url.searchParams.get(TOKEN_PARAM);
  if (token === null) return { token: null, url: null };
  url.searchParams.delete(TOKEN_PARAM);
  return { token, url: url.pathname + url.search + url.hash };
}

/** Reads the access token of this tab, moving it from the address bar into sessionStorage first. */
export function accessToken(): string | null {
  const { token, url } = takeTokenFromUrl(window.location.href);
  if (token !== null) {
    window.sessionStorage.setItem(STORAGE_KEY, token);
    window.history.replaceState(window.history.state, '', url);
    return token;
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}
