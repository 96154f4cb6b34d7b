import { app } from 'electron';
import { resolve } from 'node:path';
import { appVersion, seedsDir } from '../appPaths';
import { openDefaultProject } from '../project/defaultProject';
import { ServiceContext } from '../service/context';
import { openProject, type Project, type ProjectOpenOptions } from '../service/project';
import { projectPathFromArgv } from './commandLine';

/**
 * The service the window talks to, on the project asked for (by macOS, or on the command line:
 * `electron . x.spanmark`, `--project x.spanmark`), else on the default project with the sample
 * articles in userData. In a packaged app the seeds are inside the app (app.getAppPath()/seeds).
 */
export function createDesktopContext(requestedPath: string | null): ServiceContext {
  // `npm start` points this at a better-sqlite3 built for Electron's ABI; a packaged app has its own.
  const options: ProjectOpenOptions = { nativeBinding: process.env.SPANMARK_NATIVE_BINDING || undefined };
  const path = requestedPath ?? projectPathFromArgv(process.argv, process.defaultApp === true);
  return new ServiceContext(openStartupProject(path, options), {
    ...options,
    defaultAnnotator: null,
    nativeFileDialogs: true,
    appVersion: appVersion(),
    checkLargeProjects: true,
  });
}

function openStartupProject(path: string | null, options: ProjectOpenOptions): Project {
  if (path !== null) return openProject(resolve(path), options);
  return openDefaultProject(app.getPath('userData'), seedsDir(), options);
}
