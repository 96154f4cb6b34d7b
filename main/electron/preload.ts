// The only door from the sandboxed page to main: named methods, never a generic invoke(channel).
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/methodNames';
import type { DesktopBridge, SpanmarkBridge } from '../../shared/bridge';
import { apiChannel, PICK_EXPORT_PATH_CHANNEL, PICK_IMPORT_PATHS_CHANNEL, PICK_PROJECT_FILE_CHANNEL } from './channels';

// Built from the contract's list, so a new API method reaches the page without touching this file.
const spanmark = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (params: unknown) => ipcRenderer.invoke(apiChannel(method), params)]),
) as SpanmarkBridge;

const spanmarkDesktop: DesktopBridge = {
  pickProjectFile: (mode) => ipcRenderer.invoke(PICK_PROJECT_FILE_CHANNEL, mode),
  pickImportPaths: (kind) => ipcRenderer.invoke(PICK_IMPORT_PATHS_CHANNEL, kind),
  pickExportPath: (target, suggestedName) => ipcRenderer.invoke(PICK_EXPORT_PATH_CHANNEL, { target, suggestedName }),
};

contextBridge.exposeInMainWorld('spanmark', spanmark);
contextBridge.exposeInMainWorld('spanmarkDesktop', spanmarkDesktop);
