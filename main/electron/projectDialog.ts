import { app, dialog, type BaseWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { PROJECT_EXTENSION, withProjectExtension } from './projectFileName';

const filters = [{ name: 'Spanmark project', extensions: [PROJECT_EXTENSION] }];

/** Asks for a project file to open or to create, as a sheet on `window` when given; null when cancelled. */
export async function pickProjectFile(window: BaseWindow | null, mode: 'open' | 'create'): Promise<string | null> {
  if (mode === 'open') {
    const options: OpenDialogOptions = { title: 'Open project', properties: ['openFile'], filters };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const options: SaveDialogOptions = {
    title: 'New project',
    buttonLabel: 'Create',
    defaultPath: join(app.getPath('documents'), `Untitled.${PROJECT_EXTENSION}`),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  // An existing file is never overwritten: createProject refuses it with a message.
  return result.canceled || result.filePath === '' ? null : withProjectExtension(result.filePath);
}
