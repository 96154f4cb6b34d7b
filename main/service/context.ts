import { SpanmarkError } from '../../shared/errors';
import { closeProjectDb, startIdleCheckpoints } from '../db/checkpoint';
import { dirname } from 'node:path';
import { markDamaged } from '../db/damagedProjects';
import { damageDetail } from '../db/integrityCheck';
import { isCheckedWhenOpening } from '../db/open';
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
  /** The job checking the open project for damage in the background, or null when it was checked as it opened. */
  integrityCheck: string | null = null;

  constructor(
    project: Project | null,
    readonly options: {
      defaultAnnotator?: string | null;
      nativeFileDialogs?: boolean;
      appVersion: string;
      /** In browser mode, the paths the API may reach (main/uploads/pathPolicy.ts); absent: any path. */
      browser?: BrowserAccess;
      /** A window or host that stays open checks a project too large to check as it opens in the background (a CLI call does not). */
      checkLargeProjects?: boolean;
    } & ProjectOpenOptions,
  ) {
    this.jobs = new JobRegistry({ nativeBinding: options.nativeBinding, folders: options.browser?.folders });
    this.current = null;
    if (project !== null) this.replaceProject(project);
  }

  /** The open project; methods that need one fail clearly without it. */
  get project(): Project {
    if (this.current === null)
      throw new SpanmarkError('not_found', 'no project is open; open or create a project first');
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
    this.integrityCheck = null;
    if (this.options.checkLargeProjects && !isCheckedWhenOpening(project.path, this.options.quickCheckMaxBytes)) {
      // Found damage stops every later write into the file, as a check at opening would have.
      const detail = (problems: string[]) => markDamaged(project.db, project.path, damageDetail(problems));
      this.integrityCheck = this.jobs.startCheck(project.path, detail).id;
    }
  }

  /** Closes the project, folding the WAL into the file so a copy of the file alone is complete. */
  close(): void {
    this.stopCheckpoints();
    if (this.current !== null) closeProjectDb(this.current.db);
    this.current = null;
  }
}
