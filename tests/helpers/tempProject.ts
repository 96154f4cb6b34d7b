// A fresh project in a temp folder, served by its own ServiceContext: the setup most service tests share.
import { join } from 'node:path';
import { ServiceContext } from '../../main/service/context';
import { createProject, type Project } from '../../main/service/project';
import { makeTempDir } from './tempDir';

export interface TempProject {
  dir: string;
  /** The project file, `<dir>/p.spanmark`. */
  path: string;
  context: ServiceContext;
  /** Closes the project and removes the folder. */
  cleanup(): void;
}

/** Creates `p.spanmark` in a new temp folder; `fill` may write into it before the context opens it. */
export function openTempProject(fill?: (project: Project) => void): TempProject {
  const temp = makeTempDir();
  const path = join(temp.dir, 'p.spanmark');
  const project = createProject(path);
  fill?.(project);
  const context = new ServiceContext(project, { appVersion: '0.0.0-test' });
  return {
    dir: temp.dir,
    path,
    context,
    cleanup() {
      context.close();
      temp.cleanup();
    },
  };
}
