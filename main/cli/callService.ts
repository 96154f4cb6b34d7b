import type { MethodName, ParamsOf, ResultOf } from '../../shared/api';
import { SpanmarkError } from '../../shared/errors';
import type { ServiceContext } from '../service/context';
import { dispatch } from '../service/dispatch';

/** Calls the API through the same dispatch as the UI; a failure becomes an error the CLI prints. */
export function callService<M extends MethodName>(
  context: ServiceContext,
  method: M,
  params: ParamsOf<M>,
): ResultOf<M> {
  const result = dispatch(context, method, params);
  if (!result.ok) throw new SpanmarkError(result.error.code, result.error.message);
  return result.value as ResultOf<M>;
}
