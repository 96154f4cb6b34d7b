// The only door from the sandboxed page to main: named methods, never a generic invoke(channel).
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/methodNames';
import type { DesktopBridge, SpanmarkBridge } from '../../shared/bridge';
import { apiChannel, PICK_PROJECT_FILE_CHANNEL } from './channels';

// Built from the contract's list, so a new API method reaches the page without touching this file.
const spanmark = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (params: unknown) => ipcRenderer.invoke(apiChannel(method), params)]),
) as SpanmarkBridge;

const spanmarkDesktop: DesktopBridge = {
  pickProjectFile: (mode) => ipcRenderer.invoke(PICK_PROJECT_FILE_CHANNEL, mode),
};

contextBridge.exposeInMainWorld('spanmark', spanmark);
contextBridge.exposeInMainWorld('spanmarkDesktop', spanmarkDesktop);
