import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ServiceContext } from '../service/context';
import { appFileUrl } from './appFile';
import { ipcHandlers } from './ipcHandlers';
import { pickProjectFile } from './projectDialog';

/** Answers the preload's calls: the API through `dispatch`, and the native project file dialog. */
export function setupIpc(context: ServiceContext): void {
  const handlers = ipcHandlers(context, appFileUrl(), (event: IpcMainInvokeEvent, mode) =>
    pickProjectFile(BrowserWindow.fromWebContents(event.sender), mode),
  );
  for (const [channel, handler] of handlers) ipcMain.handle(channel, handler);
}
