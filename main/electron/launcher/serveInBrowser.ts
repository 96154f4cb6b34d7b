import { resolve } from 'node:path';
import { appVersion, seedsDir } from '../../appPaths';
import { serveProject } from '../../host/serveProject';
import { openDefaultProject } from '../../project/defaultProject';
import { userDataDir } from '../../project/userDataDir';
import { openProject, type Project } from '../../service/project';

/**
 * Serves the UI on loopback for a browser, through the same service code as the desktop window,
 * on `projectPath` or else the default project the desktop app would open. Resolves on Ctrl+C.
 */
export async function serveInBrowser(projectPath: string | null): Promise<void> {
  const project = openLauncherProject(projectPath);
  const running = await serveProject({ project, appVersion: appVersion() }).catch((error: unknown) => {
    project.db.close();
    throw error;
  });
  // Closing the host closes its service and so the database, checkpointing the WAL into the file.
  await new Promise<void>((done, fail) => {
    const stop = (): void => void running.close().then(done, fail);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function openLauncherProject(projectPath: string | null): Project {
  if (projectPath !== null) return openProject(resolve(projectPath));
  return openDefaultProject(userDataDir(), seedsDir());
}
