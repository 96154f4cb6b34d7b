import { BrowserWindow, dialog } from 'electron';
import type { ServiceContext } from '../service/context';
import { dispatch } from '../service/dispatch';

/**
 * Opens or creates a project on behalf of the menu or the OS, through the same `dispatch` as the
 * page, then reloads the window onto it. A failure is shown and leaves the current project open.
 */
export function switchProject(context: ServiceContext, path: string, mode: 'open' | 'create'): void {
  const result = dispatch(context, mode === 'open' ? 'openProject' : 'createProject', { path });
  if (!result.ok) {
    const title = mode === 'open' ? 'Could not open the project' : 'Could not create the project';
    dialog.showErrorBox(title, result.error.message);
    return;
  }
  // Every edit is already in the database, so a reload loses nothing and shows the new project.
  for (const window of BrowserWindow.getAllWindows()) window.webContents.reload();
}
