import { join, resolve } from 'node:path';

// Bundles live in dist/main/, so the checkout (or the packaged app) is two folders up.
const appRoot = resolve(__dirname, '..', '..');

/** Where the built renderer (index.html and assets) lives. */
export function rendererDir(): string {
  return join(appRoot, 'dist', 'renderer');
}

/** Where the bundled sample articles live. */
export function seedsDir(): string {
  return join(appRoot, 'seeds');
}

/** The app's version, from package.json. */
export function appVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- read from disk at run time, not bundled
  return (require(join(appRoot, 'package.json')) as { version: string }).version;
}
