// The one way the UI talks to main. In the Electron window the preload's named methods carry the
// calls; in a browser each call is a POST to the loopback host. Either way a failure comes back as
// a value and is rethrown here as an ApiCallError.
import type { ApiClient, ApiResult } from '../../shared/api';
import { METHOD_NAMES, type MethodName } from '../../shared/methodNames';
import { TOKEN_HEADER, type SpanmarkBridge } from '../../shared/bridge';
import { accessToken } from './accessToken';
import { ApiCallError, errorMessage } from './apiCallError';
import { spanmarkBridge } from './windowBridges';

/** Carries one call to main and resolves to its result, failures included. */
export type Transport = (method: MethodName, params: unknown) => Promise<ApiResult<unknown>>;

/** The client for this window: the Electron bridge when there is one, the loopback host otherwise. */
export function createApiClient(): ApiClient {
  const bridge = spanmarkBridge();
  return clientFromTransport(bridge !== null ? bridgeTransport(bridge) : httpTransport(accessToken()));
}

/**
 * Waits before each new try of a call refused as `busy` (another window or program was writing
 * for longer than main waits). Nothing was written by the refused call, so trying again is safe.
 */
export const BUSY_RETRY_DELAYS_MS = [250, 750, 2000] as const;

/** Builds a client with one method per API method, each unwrapping its result or throwing. */
export function clientFromTransport(
  transport: Transport,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): ApiClient {
  const client: Partial<Record<MethodName, (params: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (params) => {
      let result = await transport(method, params);
      for (const delay of BUSY_RETRY_DELAYS_MS) {
        if (result.ok || result.error.code !== 'busy') break;
        await sleep(delay);
        result = await transport(method, params);
      }
      return unwrap(method, result);
    };
  }
  return client as ApiClient;
}

/** Calls the preload's named methods (`window.spanmark`). */
export function bridgeTransport(bridge: SpanmarkBridge): Transport {
  return async (method, params) => {
    const call = bridge[method] as (params: unknown) => Promise<ApiResult<unknown>>;
    try {
      return await call.call(bridge, params);
    } catch (error) {
      throw new ApiCallError('transport', `The app could not reach its data process: ${errorMessage(error)}`, method);
    }
  };
}

/** POSTs each call as JSON to `/api/<method>` on the host that served this page. */
export function httpTransport(token: string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (method, params) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers[TOKEN_HEADER] = token;
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(params ?? {}) });
    } catch (error) {
      throw new ApiCallError(
        'transport',
        `Could not reach the Spanmark host (${errorMessage(error)}). Is \`spanmark serve\` still running?`,
        method,
      );
    }
    const body = await response.json().catch(() => undefined);
    // The host answers API failures with an ApiResult too, whatever the status; anything else is
    // the transport failing, e.g. a refused token.
    if (isApiResult(body)) return body;
    throw new ApiCallError('transport', httpFailureMessage(response.status, method), method);
  };
}

function unwrap(method: MethodName, result: ApiResult<unknown>): unknown {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error.code, result.error.message, method);
}

function isApiResult(body: unknown): body is ApiResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error as { code?: unknown; message?: unknown } | null;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

function httpFailureMessage(status: number, method: MethodName): string {
  if (status === 401 || status === 403) {
    return 'The Spanmark host did not accept this page. Open the address that `spanmark serve` printed (it ends with ?token=…).';
  }
  return `The Spanmark host gave an unexpected answer (HTTP ${status}) to ${method}.`;
}
