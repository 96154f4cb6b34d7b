import type { DocumentStatus } from '../../shared/domain';
import type { NativeDocument } from '../../shared/formats/native';
import { relationsOfDocument, spansOfDocument } from './annotationRows';
import type { Db } from './open';
import { prepared } from './statements';

export interface ExportSelection {
  /** Only these annotators' spans, relations and statuses; all when empty. */
  annotators: string[];
  /** Only documents that one of the selected annotators has marked with this status. */
  status?: DocumentStatus;
  /** Only spans with these labels (a top-level label includes its techniques) or techniques; all when empty. */
  labels?: string[];
}

const PAGE = 200;

/** Yields the selected documents in import order, reading the store a page at a time so exports stream. */
export function* exportDocuments(db: Db, selection: ExportSelection): Generator<NativeDocument> {
  const annotators = selection.annotators.length === 0 ? null : selection.annotators;
  const wantedLabels =
    selection.labels === undefined || selection.labels.length === 0 ? null : new Set(selection.labels);
  let after = 0;
  for (;;) {
    const page = prepared(
      db,
      'SELECT id AS rowId, uid, title, text, meta FROM documents WHERE id > ? ORDER BY id LIMIT ?',
    ).all(after, PAGE) as {
      rowId: number;
      uid: string;
      title: string;
      text: string;
      meta: string;
    }[];
    if (page.length === 0) return;
    after = page.at(-1)!.rowId;
    for (const row of page) {
      const status = statusOf(db, row.rowId, annotators);
      if (selection.status !== undefined && !Object.values(status).includes(selection.status)) continue;
      const spans = spansOfDocument(db, row.rowId, annotators).filter(
        (span) =>
          wantedLabels === null ||
          wantedLabels.has(span.label) ||
          (span.technique !== null && wantedLabels.has(span.technique)),
      );
      const spanIds = new Set(spans.map((span) => span.id));
      yield {
        id: row.uid,
        title: row.title,
        text: row.text,
        meta: JSON.parse(row.meta) as Record<string, unknown>,
        spans,
        // A relation is kept only with both of its spans, so the file never points to a missing span.
        relations: relationsOfDocument(db, row.rowId, annotators).filter(
          (r) => spanIds.has(r.from) && spanIds.has(r.to),
        ),
        status,
      };
    }
  }
}

function statusOf(db: Db, documentRowId: number, annotators: string[] | null): Record<string, DocumentStatus> {
  const rows = prepared(
    db,
    `SELECT a.name AS annotator, ds.status FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id
     WHERE ds.document_id = ? ORDER BY a.name`,
  ).all(documentRowId) as { annotator: string; status: DocumentStatus }[];
  const status: Record<string, DocumentStatus> = {};
  for (const row of rows)
    if (annotators === null || annotators.includes(row.annotator)) status[row.annotator] = row.status;
  return status;
}
