import { app, dialog, type BaseWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';

/** Asks for files, or one folder, to import; null when cancelled. */
export async function pickImportPaths(window: BaseWindow | null, kind: 'files' | 'folder'): Promise<string[] | null> {
  const options: OpenDialogOptions = {
    title: kind === 'folder' ? 'Import a folder' : 'Import files',
    properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

/**
 * Asks where to write an export: a file, or a folder. The export itself refuses a folder that holds
 * anything but an earlier export of the same format, and the project (main/service/exporting).
 */
export async function pickExportPath(
  window: BaseWindow | null,
  target: 'file' | 'folder',
  suggestedName: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: target === 'folder' ? 'Export to a new folder' : 'Export',
    buttonLabel: 'Export',
    defaultPath: join(app.getPath('documents'), suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}
