import type { ApiResult, MethodName, ParamsOf, ResultOf } from './api';

/**
 * What the Electron preload exposes as `window.spanmark`: one named method per API method,
 * each resolving to a result value (errors included) that the renderer's client unwraps.
 */
export type SpanmarkBridge = { [M in MethodName]: (params: ParamsOf<M>) => Promise<ApiResult<ResultOf<M>>> };

/** Desktop-only extras the preload exposes as `window.spanmarkDesktop`. */
export interface DesktopBridge {
  /** Shows a native file dialog; resolves to the chosen path, or null when cancelled. */
  pickProjectFile(mode: 'open' | 'create'): Promise<string | null>;
  /** Asks for files (or one folder) to import; resolves to their paths, or null when cancelled. */
  pickImportPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Asks where to write an export (a file, or a folder for brat); null when cancelled. */
  pickExportPath(target: 'file' | 'folder', suggestedName: string): Promise<string | null>;
}

/** Header that carries the access token on requests to the loopback host. */
export const TOKEN_HEADER = 'x-spanmark-token';
