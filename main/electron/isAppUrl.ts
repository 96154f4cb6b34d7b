/**
 * True when `url` is the app's own page `appFileUrl`, whatever its query or fragment.
 * Paths are compared decoded because Chromium and Node percent-encode file URLs differently.
 */
export function isAppUrl(url: string, appFileUrl: string): boolean {
  const candidate = fileUrlParts(url);
  const app = fileUrlParts(appFileUrl);
  return candidate !== null && app !== null && candidate.host === app.host && candidate.path === app.path;
}

function fileUrlParts(text: string): { host: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Chromium upper-cases a Windows drive letter (file:///C:/…); the path we resolved may not.
  const normalized = path.replace(/^\/([a-z]):/u, (_, letter: string) => `/${letter.toUpperCase()}:`);
  return { host: url.host.toLowerCase(), path: normalized };
}
