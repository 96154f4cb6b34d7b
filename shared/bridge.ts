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
}

/** Header that carries the access token on requests to the loopback host. */
export const TOKEN_HEADER = 'x-spanmark-token';
