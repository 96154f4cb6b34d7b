// Calls the service the way the UI does, through dispatch, and unwraps the result.
import { ServiceContext } from '../../main/service/context';
import { dispatch } from '../../main/service/dispatch';
import { openProject } from '../../main/service/project';
import type { MethodName, ParamsOf, ResultOf } from '../../shared/api';

/** Calls one API method; a failure throws with the error's code and message. */
export function call<M extends MethodName>(context: ServiceContext, method: M, params: ParamsOf<M>): ResultOf<M> {
  const result = dispatch(context, method, params);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ResultOf<M>;
}

/** A service context on an existing project file, as a second window or a restarted app would have. */
export function contextOn(path: string): ServiceContext {
  return new ServiceContext(openProject(path), { appVersion: '0.0.0-test' });
}
