import { api, isMethodName, type ApiResult, type MethodName, type ResultOf } from '../../shared/api';
import { SpanmarkError } from '../../shared/errors';
import { sqliteFailure } from '../db/sqliteFailure';
import type { ServiceContext } from './context';
import { handlers } from './handlers';

/**
 * The single door into main for the IPC bridge, the HTTP host and the CLI: checks the method
 * name, validates the params with the contract's schema, runs the handler, and turns every
 * failure into a value. It never throws.
 */
export function dispatch(context: ServiceContext, method: string, rawParams: unknown): ApiResult<unknown> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `there is no API method "${method}"` } };
  }
  const parsed = api[method].params.safeParse(rawParams ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return { ok: false, error: { code: 'bad_params', message: `${method}: ${issue.message}${field}` } };
  }
  try {
    return { ok: true, value: runHandler(context, method, parsed.data) };
  } catch (error) {
    if (error instanceof SpanmarkError) return { ok: false, error: error.toApiError() };
    // A lock, a full disk or a damaged file reached outside a write transaction still says so.
    const known = sqliteFailure(error, context.hasProject ? context.project.path : 'the project');
    if (known !== null) return { ok: false, error: known.toApiError() };
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${(error as Error).message}` } };
  }
}

function runHandler<M extends MethodName>(context: ServiceContext, method: M, params: unknown): ResultOf<M> {
  const handler = handlers[method] as (context: ServiceContext, params: unknown) => ResultOf<M>;
  return handler(context, params);
}
