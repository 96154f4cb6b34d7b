import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { ExportReport } from '../../shared/api';
import { SpanmarkError } from '../../shared/errors';
import type { ExportFormat } from '../../shared/formats/formatNames';
import { writeNativeLine } from '../../shared/formats/native';
import { exportDocuments, type ExportSelection } from '../db/exportDocuments';
import type { Db } from '../db/open';

/**
 * Writes an export line by line into a temporary file and renames it into place, so a crash never
 * leaves a half-written file under the requested name.
 */
export function writeExportFile(db: Db, format: ExportFormat, out: string, selection: ExportSelection): ExportReport {
  const temporary = `${out}.partial-${process.pid}`;
  const report: ExportReport = { path: out, documents: 0, spans: 0, relations: 0, offsetUnit: 'codepoint' };
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw new SpanmarkError('io', `${out}: cannot write the export (${(error as Error).message})`);
  }
  try {
    for (const document of exportDocuments(db, selection)) {
      switch (format) {
        case 'jsonl':
          writeSync(fd, `${writeNativeLine(document)}\n`);
          break;
      }
      report.documents++;
      report.spans += document.spans.length;
      report.relations += document.relations.length;
    }
    closeSync(fd);
    renameSync(temporary, out);
    return report;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    if (error instanceof SpanmarkError) throw error;
    throw new SpanmarkError('io', `${out}: cannot write the export (${(error as Error).message})`);
  }
}
