import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's folder name inside the OS user-data location (Electron's `app.getPath('userData')`). */
export const APP_FOLDER_NAME = 'Spanmark';

/**
 * The OS user-data folder for Spanmark, the same place Electron's `userData` points to:
 * `%APPDATA%\Spanmark`, `~/Library/Application Support/Spanmark` or `$XDG_CONFIG_HOME/Spanmark`.
 * `SPANMARK_USER_DATA` overrides it (tests and portable installs).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.SPANMARK_USER_DATA) return env.SPANMARK_USER_DATA;
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
  }
}
