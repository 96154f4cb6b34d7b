import { app } from 'electron';
import type { ServiceContext } from '../service/context';

/** Quits when the window closes and closes the project database on the way out. */
export function setupQuit(context: ServiceContext): void {
  // One window shows one project; with it closed there is nothing left to show, on macOS too.
  app.on('window-all-closed', () => app.quit());
  // Closing checkpoints the WAL, so the .spanmark file is complete on its own after quitting.
  app.on('will-quit', () => context.close());
}
