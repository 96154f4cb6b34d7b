import { app } from 'electron';
import { userDataDir } from '../project/userDataDir';

/**
 * Puts Electron's userData in the folder the browser fallback uses, so both open the same default
 * project whatever name Electron derives for the app (`electron dist/main/electron.cjs` says "Electron").
 * Call before the app is ready.
 */
export function setupUserDataFolder(): void {
  app.setPath('userData', userDataDir());
}
