// The background jobs of one service context: started in worker threads, polled by the UI.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ValidParamsOf } from '../../shared/api';
import type { IntegrityReport, JobStatus } from '../../shared/domain';
import { SpanmarkError } from '../../shared/errors';
import { EXPORT_CODECS } from '../../shared/formats/registry';
import type { HostFolders } from '../uploads/hostFolders';
import { isInside } from '../uploads/uploadFolder';
import { jobWorkerFile } from './jobWorkerFile';
import type { JobWorkerData, JobWorkerMessage } from './jobWorker';
import type { JobRequest } from './runJob';

interface Job {
  status: JobStatus;
  /** The export's path, served for download when the user gave none. */
  downloadPath: string | null;
}

/** Starts and tracks jobs; finished jobs stay listed so the UI can read their reports. */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  /** Where exports for download go: the host's private folder, or one made when first needed. */
  private downloadsDir: string | null;

  constructor(private readonly workerOptions: { nativeBinding?: string; folders?: HostFolders } = {}) {
    this.downloadsDir = workerOptions.folders?.downloads ?? null;
  }

  /** Starts an import in a worker thread. */
  startImport(projectPath: string, params: ValidParamsOf<'importFiles'>): JobStatus {
    const status = this.start(projectPath, { kind: 'import', params }, null, 'bytes');
    // Files a browser uploaded for this import are not needed once it has ended.
    const uploadsDir = this.workerOptions.folders?.uploads;
    const uploads = uploadsDir === undefined ? [] : params.paths.filter((path) => isInside(path, uploadsDir));
    if (uploads.length > 0)
      this.onEnd(status.id, () => uploads.forEach((path) => rmSync(path, { recursive: true, force: true })));
    return status;
  }

  /** Starts an export in a worker thread; without `out` it writes a temporary file for download. */
  startExport(projectPath: string, projectName: string, params: ValidParamsOf<'startExport'>): JobStatus {
    const id = randomUUID();
    let downloadPath: string | null = null;
    let out = params.out;
    if (out === undefined) {
      const folder = this.downloadFolder(id);
      const extension =
        EXPORT_CODECS[params.format].target === 'folder' ? '' : `.${FILE_EXTENSIONS[params.format] ?? params.format}`;
      out = downloadPath = join(folder, `${safeName(projectName)}-${params.format}${extension}`);
    }
    return this.start(projectPath, { kind: 'export', params: { ...params, out } }, downloadPath, 'documents', id);
  }

  /** A new private folder for one download. */
  private downloadFolder(id: string): string {
    this.downloadsDir ??= mkdtempSync(join(tmpdir(), 'spanmark-downloads-'));
    const folder = join(this.downloadsDir, id);
    mkdirSync(folder, { mode: 0o700 });
    return folder;
  }

  /**
   * Offers a file written at once (a project copy made for a browser) for download, listed as a
   * finished job so it is served like an export; `write` gets the path to write to.
   */
  offerDownload(fileName: string, write: (path: string) => unknown): { path: string; download: string } {
    const id = randomUUID();
    const folder = this.downloadFolder(id);
    const path = join(folder, `${safeName(fileName.replace(/\.spanmark$/u, ''))}.spanmark`);
    let result: unknown;
    try {
      result = write(path);
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    const download = `/download/${id}`;
    const status: JobStatus = {
      id,
      kind: 'export',
      state: 'done',
      progress: { done: 1, total: 1, unit: 'documents' },
      result,
      error: null,
      download,
    };
    this.jobs.set(id, { status, downloadPath: path });
    return { path, download };
  }

  /**
   * Checks the project file for damage in a worker thread (a large file, not checked when it
   * opened); `onProblems` hears what was found, if anything.
   */
  startCheck(projectPath: string, onProblems: (problems: string[]) => void): JobStatus {
    const status = this.start(projectPath, { kind: 'check' }, null, 'tables');
    this.onEnd(status.id, () => {
      const ended = this.jobs.get(status.id)!.status;
      if (ended.state === 'done') {
        const { problems } = ended.result as IntegrityReport;
        if (problems.length > 0) onProblems(problems);
      } else if (ended.error?.code === 'damaged') onProblems([ended.error.message]);
    });
    return status;
  }

  /** A job's current state. */
  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (job === undefined)
      throw new SpanmarkError('not_found', `no job "${id}"; it may belong to a window that was closed`);
    return structuredClone(job.status);
  }

  /** The file a finished export job wrote for download, or null. */
  downloadOf(id: string): string | null {
    const job = this.jobs.get(id);
    return job?.status.state === 'done' ? job.downloadPath : null;
  }

  /** Removes a fetched download; it is served once. */
  forgetDownload(id: string): void {
    const job = this.jobs.get(id);
    if (job?.downloadPath == null) return;
    rmSync(dirname(job.downloadPath), { recursive: true, force: true });
    job.downloadPath = null;
    job.status.download = null;
  }

  private readonly endListeners = new Map<string, () => void>();

  private onEnd(id: string, listener: () => void): void {
    if (this.jobs.get(id)?.status.state !== 'running') listener();
    else this.endListeners.set(id, listener);
  }

  private ended(id: string): void {
    this.endListeners.get(id)?.();
    this.endListeners.delete(id);
  }

  private start(
    projectPath: string,
    request: JobRequest,
    downloadPath: string | null,
    unit: JobStatus['progress']['unit'],
    id: string = randomUUID(),
  ): JobStatus {
    const status: JobStatus = {
      id,
      kind: request.kind,
      state: 'running',
      progress: { done: 0, total: null, unit },
      result: null,
      error: null,
      download: null,
    };
    this.jobs.set(id, { status, downloadPath });
    const workerData: JobWorkerData = { projectPath, nativeBinding: this.workerOptions.nativeBinding, request };
    const worker = new Worker(jobWorkerFile(), { workerData });
    worker.on('message', (message: JobWorkerMessage) => {
      if (message.type === 'progress') status.progress = { done: message.done, total: message.total, unit };
      else if (message.type === 'done') {
        status.state = 'done';
        status.result = message.result;
        if (status.progress.total !== null) status.progress.done = status.progress.total;
        if (downloadPath !== null) status.download = `/download/${id}`;
        this.ended(id);
      } else {
        status.state = 'failed';
        status.error = message.error;
        this.ended(id);
      }
    });
    worker.on('error', (error) => {
      status.state = 'failed';
      status.error = { code: 'internal', message: `the job stopped: ${error.message}` };
      this.ended(id);
    });
    worker.on('exit', (code) => {
      if (status.state === 'running') {
        status.state = 'failed';
        status.error = { code: 'internal', message: `the job stopped unexpectedly (exit code ${code})` };
        this.ended(id);
      }
    });
    return structuredClone(status);
  }
}

const FILE_EXTENSIONS: Partial<Record<string, string>> = {
  labelstudio: 'json',
  ptc: 'tsv',
  webanno: 'tsv',
  doccano: 'jsonl',
};

function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'export';
}
