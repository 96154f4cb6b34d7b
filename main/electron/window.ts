import { BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { appFilePath, preloadPath } from './appFile';

/** Opens the locked-down app window on the built renderer. */
export function createMainWindow(): BrowserWindow {
  if (!existsSync(appFilePath())) {
    throw new Error(`the user interface is not built (${appFilePath()} is missing); run \`npm run build\``);
  }
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    title: 'Spanmark',
    // Shown once painted, so it never flashes an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(appFilePath());
  return window;
}
