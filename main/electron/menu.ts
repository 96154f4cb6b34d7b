import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { ServiceContext } from '../service/context';
import { pickProjectFile } from './projectDialog';
import { mergeFromMenu } from './mergeFromMenu';
import { saveCopyFromMenu } from './saveCopyFromMenu';
import { switchProject } from './switchProject';

/** The application menu: File → Open/New project, Merge and Save a copy, and the standard Edit, View and Window menus. */
export function setupMenu(context: ServiceContext): void {
  const chooseProject = (mode: 'open' | 'create') => async (_item: unknown, window: BaseWindow | undefined) => {
    const path = await pickProjectFile(window ?? null, mode);
    if (path !== null) switchProject(context, path, mode);
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: chooseProject('open') },
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: chooseProject('create') },
        { type: 'separator' },
        { label: 'Merge Projects…', click: (_item, window) => void mergeFromMenu(context, window ?? null) },
        {
          label: 'Save a Copy…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: (_item, window) => void saveCopyFromMenu(context, window ?? null),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Without an Edit menu, copy and paste shortcuts do nothing on macOS.
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
