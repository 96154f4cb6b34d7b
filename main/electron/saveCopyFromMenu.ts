import { app, dialog, type BaseWindow, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { CopyReport } from '../../shared/api';
import type { ServiceContext } from '../service/context';
import { dispatch } from '../service/dispatch';
import { PROJECT_EXTENSION } from './projectFileName';

/** File → Save a copy…: asks where, writes a complete copy of the open project through `dispatch`, reports. */
export async function saveCopyFromMenu(context: ServiceContext, window: BaseWindow | null): Promise<void> {
  const options: SaveDialogOptions = {
    title: 'Save a copy of this project',
    buttonLabel: 'Save a copy',
    defaultPath: join(
      app.getPath('documents'),
      `${context.hasProject ? context.project.name : 'project'} copy.${PROJECT_EXTENSION}`,
    ),
    filters: [{ name: 'Spanmark project', extensions: [PROJECT_EXTENSION] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || picked.filePath === undefined || picked.filePath === '') return;
  const result = dispatch(context, 'saveCopy', { out: picked.filePath });
  if (!result.ok) {
    dialog.showErrorBox('Could not save a copy', result.error.message);
    return;
  }
  const copy = result.value as CopyReport;
  await dialog.showMessageBox({ type: 'info', message: `Saved a complete copy of the project to ${copy.path}.` });
}
