// The work of an import or export job, the same in a worker thread and in the calling process.
import type { ExportReport, ValidParamsOf } from '../../shared/api';
import type { ImportReport, IntegrityReport } from '../../shared/domain';
import { damageDetail, quickCheckWithProgress } from '../db/integrityCheck';
import { damagedProject } from '../db/sqliteFailure';
import { importDocuments } from '../db/importDocuments';
import type { Db } from '../db/open';
import { prepared } from '../db/statements';
import { writeExportFile } from '../service/exporting/writeExportFile';
import { findImportSources, parseSources } from '../service/importing/readImportFiles';

/** What a job does: an import, or an export to a path already chosen. */
export type JobRequest =
  | { kind: 'import'; params: ValidParamsOf<'importFiles'> }
  | { kind: 'export'; params: ValidParamsOf<'exportFile'> }
  | { kind: 'check' };

/** Reports progress: `done` of `total` units. */
export type ProgressListener = (done: number, total: number) => void;

/** Runs a job on the project at `projectPath` to the end and returns its report; errors are thrown as they would be by the API. */
export function runJob(
  db: Db,
  projectPath: string,
  request: JobRequest,
  onProgress: ProgressListener,
): ImportReport | ExportReport | IntegrityReport {
  if (request.kind === 'check') {
    const problems = quickCheckWithProgress(db, onProgress);
    return {
      problems,
      message: problems.length === 0 ? null : damagedProject(projectPath, damageDetail(problems)).message,
    };
  }
  if (request.kind === 'import') {
    const { paths, format, ...options } = request.params;
    const sources = findImportSources(paths, format);
    onProgress(0, sources.totalBytes);
    return importDocuments(db, parseSources(sources), {
      ...options,
      onDocument: () => onProgress(sources.meter.bytesRead, sources.totalBytes),
    });
  }
  const total = prepared(db, 'SELECT count(*) FROM documents').pluck().get() as number;
  onProgress(0, total);
  return writeExportFile(db, {
    ...request.params,
    projectPath,
    onDocument: (documents) => onProgress(documents, total),
  });
}
