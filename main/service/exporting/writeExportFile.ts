import type { ExportReport } from '../../../shared/api';
import { SpanmarkError } from '../../../shared/errors';
import type { OffsetUnit } from '../../../shared/formats/codec';
import type { ExportFormat } from '../../../shared/formats/formatNames';
import type { NativeDocument } from '../../../shared/formats/native';
import { EXPORT_CODECS } from '../../../shared/formats/registry';
import { exportDocuments, type ExportSelection } from '../../db/exportDocuments';
import type { Db } from '../../db/open';
import { getScheme } from '../../db/scheme';
import { fileTarget, folderTarget } from './exportTarget';

export interface ExportRequest extends ExportSelection {
  format: ExportFormat;
  out: string;
  /** The open project, which an export must never replace. */
  projectPath: string;
  offsets: OffsetUnit;
  /** Called after each document with the number written so far. */
  onDocument?: (documents: number) => void;
}

/** Writes an export through the format's codec, streaming documents from the store. */
export function writeExportFile(db: Db, request: ExportRequest): ExportReport {
  const codec = EXPORT_CODECS[request.format];
  const offsetUnit = codec.unitFor(request.offsets);
  const report: ExportReport = {
    path: request.out,
    format: request.format,
    documents: 0,
    spans: 0,
    relations: 0,
    offsetUnit,
    warnings: [],
  };
  const warnings = new Set<string>();
  const targetOptions = { format: request.format, projectPath: request.projectPath };
  const target =
    codec.target === 'file' ? fileTarget(request.out, targetOptions) : folderTarget(request.out, targetOptions);
  // The read runs inside one transaction, so a concurrent edit never tears the export.
  const counted = function* (documents: Iterable<NativeDocument>): Generator<NativeDocument> {
    for (const document of documents) {
      report.documents++;
      report.spans += document.spans.length;
      report.relations += document.relations.length;
      yield document;
      request.onDocument?.(report.documents);
    }
  };
  try {
    db.transaction(() => {
      codec.write(counted(exportDocuments(db, request)), target.sink, {
        offsets: request.offsets,
        scheme: getScheme(db),
        warn: (message) => void warnings.add(message),
      });
    })();
    target.commit();
  } catch (error) {
    target.abandon();
    if (error instanceof SpanmarkError) throw error;
    throw new SpanmarkError('io', `${request.out}: cannot write the export (${(error as Error).message})`);
  }
  report.warnings = [...warnings];
  return report;
}
