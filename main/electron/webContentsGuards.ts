import { app, type WebContents } from 'electron';
import { appFileUrl } from './appFile';
import { isAppUrl } from './isAppUrl';

/**
 * Locks down every web contents as it is created: no new windows, no webviews, no navigation
 * or redirect away from the app's own page. Call before the app is ready.
 */
export function setupWebContentsGuards(): void {
  // Belt and braces with each window's `sandbox: true`: no renderer can ever run unsandboxed.
  app.enableSandbox();
  const appUrl = appFileUrl();
  app.on('web-contents-created', (_event, contents) => guard(contents, appUrl));
}

function guard(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The main frame; frames inside the page are held to the app's own files by its CSP.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
}
