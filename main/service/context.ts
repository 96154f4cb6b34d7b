import { SpanmarkError } from '../../shared/errors';
import { JobRegistry } from '../jobs/jobRegistry';
import type { BrowserAccess } from '../uploads/pathPolicy';
import type { Project, ProjectOpenOptions } from './project';

/** What one running host, window or CLI call serves: the open project and its defaults. */
export class ServiceContext {
  private current: Project | null;
  /** Imports and exports running in the background for this window. */
  readonly jobs: JobRegistry;

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
    this.current = project;
    this.jobs = new JobRegistry({ nativeBinding: options.nativeBinding, folders: options.browser?.folders });
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
    this.current?.db.close();
    this.current = project;
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }
}
