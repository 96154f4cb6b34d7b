import { BrowserWindow, dialog, type BaseWindow, type OpenDialogOptions } from 'electron';
import type { ImportReport } from '../../shared/domain';
import type { ServiceContext } from '../service/context';
import { dispatch } from '../service/dispatch';
import { PROJECT_EXTENSION } from './projectFileName';

/** File → Merge…: asks for other copies of the project, merges them through `dispatch`, reports, reloads. */
export async function mergeFromMenu(context: ServiceContext, window: BaseWindow | null): Promise<void> {
  const options: OpenDialogOptions = {
    title: 'Merge other copies of this project',
    buttonLabel: 'Merge',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Spanmark project', extensions: [PROJECT_EXTENSION] }],
  };
  const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (picked.canceled || picked.filePaths.length === 0) return;
  const result = dispatch(context, 'mergeProjects', { paths: picked.filePaths });
  if (!result.ok) {
    dialog.showErrorBox('Could not merge', result.error.message);
    return;
  }
  const report = result.value as ImportReport;
  const details = [
    ...report.unmatched.map((line) => `Not matched: ${line}`),
    ...report.conflicts.map((line) => `Conflict: ${line}`),
  ];
  await dialog.showMessageBox({
    type: 'info',
    message: `Merged ${report.documentsMatched} documents: ${report.spansAdded} spans and ${report.relationsAdded} relations added.`,
    detail: details.length === 0 ? 'Every document matched.' : details.slice(0, 30).join('\n'),
  });
  // Every change is in the database, so a reload shows the merged work.
  for (const open of BrowserWindow.getAllWindows()) open.webContents.reload();
}
