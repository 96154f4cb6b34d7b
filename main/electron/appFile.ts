import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendererDir } from '../appPaths';

/** The renderer page the window loads; the only page allowed to talk to main. */
export function appFilePath(): string {
  return join(rendererDir(), 'index.html');
}

/** `appFilePath()` as the file:// URL the window reports for it. */
export function appFileUrl(): string {
  return pathToFileURL(appFilePath()).href;
}

/** The preload bundle, built next to this one in dist/main/. */
export function preloadPath(): string {
  return join(__dirname, 'preload.cjs');
}
