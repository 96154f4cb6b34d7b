import { METHOD_NAMES } from '../../shared/api';
import type { ServiceContext } from '../service/context';
import { dispatch } from '../service/dispatch';
import { apiChannel, PICK_EXPORT_PATH_CHANNEL, PICK_IMPORT_PATHS_CHANNEL, PICK_PROJECT_FILE_CHANNEL } from './channels';
import { isAppUrl } from './isAppUrl';

/** The part of an IPC event the handlers look at (Electron's IpcMainInvokeEvent has it). */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export type IpcHandler<E extends SenderEvent> = (event: E, arg: unknown) => unknown;

/** The native dialogs, each shown for the window that sent the event. */
export interface NativeDialogs<E> {
  pickProjectFile(event: E, mode: 'open' | 'create'): Promise<string | null>;
  pickImportPaths(event: E, kind: 'files' | 'folder'): Promise<string[] | null>;
  pickExportPath(event: E, target: 'file' | 'folder', suggestedName: string): Promise<string | null>;
}

/**
 * Every IPC handler by channel: one per API method, each a call to `dispatch`, plus the native
 * file dialogs. Each one first checks that the caller is the app's own page (`appUrl`).
 * Kept free of Electron so it can be tested in Node.
 */
export function ipcHandlers<E extends SenderEvent>(
  context: ServiceContext,
  appUrl: string,
  dialogs: NativeDialogs<E>,
): Map<string, IpcHandler<E>> {
  const handlers = new Map<string, IpcHandler<E>>();
  for (const method of METHOD_NAMES) {
    handlers.set(apiChannel(method), (event, params) => {
      checkSender(event, appUrl);
      return dispatch(context, method, params);
    });
  }
  handlers.set(PICK_PROJECT_FILE_CHANNEL, (event, mode) => {
    checkSender(event, appUrl);
    if (mode !== 'open' && mode !== 'create') throw new Error('pickProjectFile: mode must be "open" or "create"');
    return dialogs.pickProjectFile(event, mode);
  });
  handlers.set(PICK_IMPORT_PATHS_CHANNEL, (event, kind) => {
    checkSender(event, appUrl);
    if (kind !== 'files' && kind !== 'folder') throw new Error('pickImportPaths: kind must be "files" or "folder"');
    return dialogs.pickImportPaths(event, kind);
  });
  handlers.set(PICK_EXPORT_PATH_CHANNEL, (event, request) => {
    checkSender(event, appUrl);
    const { target, suggestedName } = (request ?? {}) as { target?: unknown; suggestedName?: unknown };
    if ((target !== 'file' && target !== 'folder') || typeof suggestedName !== 'string') {
      throw new Error('pickExportPath: give a target ("file" or "folder") and a suggested name');
    }
    return dialogs.pickExportPath(event, target, suggestedName.replace(/[\\/]/gu, '_'));
  });
  return handlers;
}

// Navigation is blocked, so only our page should ever hold the preload; if a guard ever fails,
// a foreign page still gets nothing. Throwing rejects the caller's promise.
function checkSender(event: SenderEvent, appUrl: string): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAppUrl(url, appUrl)) {
    const caller = url === '' ? 'a closed frame' : url;
    throw new Error(`refused a call from ${caller}: only the Spanmark window may use the API`);
  }
}
