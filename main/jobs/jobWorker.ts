// Entry point of the worker thread that runs one import or export job on its own connection, so
// the window stays responsive and can show progress.
import { parentPort, workerData } from 'node:worker_threads';
import { SpanmarkError } from '../../shared/errors';
import { openProject } from '../service/project';
import { runJob, type JobRequest } from './runJob';

/** What the worker is started with. */
export interface JobWorkerData {
  projectPath: string;
  nativeBinding?: string;
  request: JobRequest;
}

/** The messages the worker posts. */
export type JobWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: { code: string; message: string } };

const PROGRESS_INTERVAL_MS = 100;

function post(message: JobWorkerMessage): void {
  parentPort!.postMessage(message);
}

function main(): void {
  const { projectPath, nativeBinding, request } = workerData as JobWorkerData;
  let lastPost = 0;
  try {
    // A check job checks the file itself, table by table, so opening it does not check it first.
    const project = openProject(projectPath, {
      nativeBinding,
      ...(request.kind === 'check' ? { quickCheckMaxBytes: -1 } : {}),
    });
    try {
      const result = runJob(project.db, projectPath, request, (done, total) => {
        const now = Date.now();
        if (now - lastPost < PROGRESS_INTERVAL_MS && done < total) return;
        lastPost = now;
        post({ type: 'progress', done, total });
      });
      post({ type: 'done', result });
    } finally {
      project.db.close();
    }
  } catch (error) {
    const apiError =
      error instanceof SpanmarkError
        ? error.toApiError()
        : { code: 'internal', message: `the job failed: ${(error as Error).message}` };
    post({ type: 'failed', error: apiError });
  }
}

main();
