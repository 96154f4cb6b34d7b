import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ServiceContext } from '../service/context';
import { appFileUrl } from './appFile';
import { ipcHandlers } from './ipcHandlers';
import { pickExportPath, pickImportPaths } from './datasetDialogs';
import { pickProjectFile } from './projectDialog';

/** Answers the preload's calls: the API through `dispatch`, and the native file dialogs. */
export function setupIpc(context: ServiceContext): void {
  const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);
  const handlers = ipcHandlers<IpcMainInvokeEvent>(context, appFileUrl(), {
    pickProjectFile: (event, mode) => pickProjectFile(windowOf(event), mode),
    pickImportPaths: (event, kind) => pickImportPaths(windowOf(event), kind),
    pickExportPath: (event, target, suggestedName) => pickExportPath(windowOf(event), target, suggestedName),
  });
  for (const [channel, handler] of handlers) ipcMain.handle(channel, handler);
}
