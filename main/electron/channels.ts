import type { MethodName } from '../../shared/methodNames';

// Shared by the preload and main so the two sides can never disagree on a channel's name.

/** The IPC channel that carries one API method. */
export function apiChannel(method: MethodName): string {
  return `spanmark:${method}`;
}

/** The IPC channel behind `window.spanmarkDesktop.pickProjectFile`. */
export const PICK_PROJECT_FILE_CHANNEL = 'spanmark-desktop:pickProjectFile';

/** The IPC channel behind `window.spanmarkDesktop.pickImportPaths`. */
export const PICK_IMPORT_PATHS_CHANNEL = 'spanmark-desktop:pickImportPaths';

/** The IPC channel behind `window.spanmarkDesktop.pickExportPath`. */
export const PICK_EXPORT_PATH_CHANNEL = 'spanmark-desktop:pickExportPath';
