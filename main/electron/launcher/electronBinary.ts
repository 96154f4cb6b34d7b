import { existsSync, readFileSync } from 'node:fs';

/** The Electron executable, or null when its binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function findElectronBinary(): string | null {
  try {
    // In plain Node the electron package exports the binary's path, and throws when it is missing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- read at run time, never bundled
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The installed Electron's version, which fixes the ABI native modules must be built for. */
export function electronVersion(): string {
  return packageVersion(require.resolve('electron/package.json'));
}

/** The `version` of the package.json at `path`. */
export function packageVersion(path: string): string {
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}
