import { SpanmarkError } from '../../shared/errors';
import { closeProjectDb, startIdleCheckpoints } from '../db/checkpoint';
import { dirname } from 'node:path';
import { JobRegistry } from '../jobs/jobRegistry';
import { removeStaleTemporariesIn } from './exporting/temporaryNames';
import type { BrowserAccess } from '../uploads/pathPolicy';
import type { Project, ProjectOpenOptions } from './project';

/** What one running host, window or CLI call serves: the open project and its defaults. */
export class ServiceContext {
  private current: Project | null;
  /** Imports and exports running in the background for this window. */
  readonly jobs: JobRegistry;
  private stopCheckpoints: () => void = () => undefined;

  constructor(
    project: Project | null,
    readonly options: {
      defaultAnnotator?: string | null;
      nativeFileDialogs?: boolean;
      appVersion: string;
      /** In browser mode, the paths the API may reach (main/uploads/pathPolicy.ts); absent: any path. */
      browser?: BrowserAccess;
    } & ProjectOpenOptions,
  ) {
    this.jobs = new JobRegistry({ nativeBinding: options.nativeBinding, folders: options.browser?.folders });
    this.current = null;
    if (project !== null) this.replaceProject(project);
  }

  /** The open project; methods that need one fail clearly without it. */
  get project(): Project {
    if (this.current === null) throw new SpanmarkError('not_found', 'no project is open; open or create a project first');
    return this.current;
  }

  get hasProject(): boolean {
    return this.current !== null;
  }

  /** Switches to another project, closing the previous one. */
  replaceProject(project: Project): void {
    this.close();
    this.current = project;
    // Every acknowledged edit reaches the project file itself soon after the user stops.
    this.stopCheckpoints = startIdleCheckpoints(project.db);
    // Exports are often written beside the project: what a crashed one left there goes now.
    removeStaleTemporariesIn(dirname(project.path));
  }

  /** Closes the project, folding the WAL into the file so a copy of the file alone is complete. */
  close(): void {
    this.stopCheckpoints();
    if (this.current !== null) closeProjectDb(this.current.db);
    this.current = null;
  }
}
