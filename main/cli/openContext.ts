import { resolve } from 'node:path';
import { appVersion } from '../appPaths';
import { ServiceContext } from '../service/context';
import { openProject } from '../service/project';

/** Opens the project a command names and wraps it for the service. */
export function openContext(projectPath: string): ServiceContext {
  return new ServiceContext(openProject(resolve(projectPath)), { appVersion: appVersion() });
}

/** Runs `body` with the project open and always closes it, so the WAL is checkpointed. */
export function withProject<T>(projectPath: string, body: (context: ServiceContext) => T): T {
  const context = openContext(projectPath);
  try {
    return body(context);
  } finally {
    context.close();
  }
}
