import { appVersion as readAppVersion, rendererDir } from '../appPaths';
import { SpanmarkError } from '../../shared/errors';
import { ServiceContext } from '../service/context';
import { dispatch } from '../service/dispatch';
import type { Project } from '../service/project';
import { startHost } from './server';
import { browserAccess } from '../uploads/pathPolicy';
import { dirname } from 'node:path';
import { removeStaleTemporariesIn } from '../service/exporting/temporaryNames';

export interface ServeOptions {
  project: Project;
  port?: number;
  /** Preselects who is annotating; created in the project if new. */
  annotator?: string | null;
  appVersion?: string;
  staticDir?: string;
  /** The folders a browser may read and write in; default the project's own folder. */
  folders?: string[];
  /** Projects larger than this are checked for damage in the background (default QUICK_CHECK_MAX_BYTES). */
  quickCheckMaxBytes?: number;
}

/**
 * Serves a project on loopback (used by `spanmark serve` and by `npm start` without Electron) and
 * prints the URL with its token as the first line on stdout.
 */
export async function serveProject(options: ServeOptions): Promise<{ url: string; close(): Promise<void> }> {
  const access = browserAccess(options.folders ?? [dirname(options.project.path)]);
  // The folders a browser exports into: what a crashed export left there goes at the start.
  access.allowed.forEach(removeStaleTemporariesIn);
  const context = new ServiceContext(options.project, {
    defaultAnnotator: options.annotator ?? null,
    appVersion: options.appVersion ?? readAppVersion(),
    browser: access,
    checkLargeProjects: true,
    quickCheckMaxBytes: options.quickCheckMaxBytes,
  });
  if (options.annotator) {
    const created = dispatch(context, 'createAnnotator', { name: options.annotator });
    if (!created.ok) throw new SpanmarkError(created.error.code, `--annotator: ${created.error.message}`);
  }
  const host = await startHost({ context, staticDir: options.staticDir ?? rendererDir(), port: options.port });
  process.stdout.write(`Spanmark is serving ${options.project.path} at ${host.url}\n`);
  return {
    url: host.url,
    close: async () => {
      await host.close();
      context.close();
    },
  };
}
