import type { DocumentStatus } from '../../shared/domain';
import type { NativeDocument, NativeRelation, NativeSpan } from '../../shared/formats/native';
import type { Db } from './open';
import { prepared } from './statements';

export interface ExportSelection {
  /** Only these annotators' spans, relations and statuses; all when empty. */
  annotators: string[];
}

/** Yields every document in import order with the selected annotators' annotations, in native form. */
export function* exportDocuments(db: Db, selection: ExportSelection): Generator<NativeDocument> {
  const wanted = selection.annotators.length === 0 ? null : new Set(selection.annotators);
  const documents = prepared(db, 'SELECT id AS rowId, uid, title, text, meta FROM documents ORDER BY id').all() as {
    rowId: number;
    uid: string;
    title: string;
    text: string;
    meta: string;
  }[];
  for (const document of documents) {
    const spans = (
      prepared(
        db,
        `SELECT s.uid AS id, s.start_cp AS start, s.end_cp AS end, s.label, s.technique, a.name AS annotator,
                s.note, s.quote, s.attributes
         FROM spans s JOIN annotators a ON a.id = s.annotator_id
         WHERE s.document_id = ? ORDER BY s.start_cp, s.end_cp, s.id`,
      ).all(document.rowId) as (Omit<NativeSpan, 'attributes'> & { annotator: string; attributes: string })[]
    )
      .filter((span) => wanted === null || wanted.has(span.annotator))
      .map((span): NativeSpan => ({ ...span, attributes: JSON.parse(span.attributes) as Record<string, unknown> }));
    const relations = (
      prepared(
        db,
        `SELECT r.uid AS id, r.type, f.uid AS "from", t.uid AS "to", a.name AS annotator
         FROM relations r
         JOIN spans f ON f.id = r.from_span JOIN spans t ON t.id = r.to_span
         JOIN annotators a ON a.id = r.annotator_id
         WHERE r.document_id = ? ORDER BY r.id`,
      ).all(document.rowId) as (NativeRelation & { annotator: string })[]
    ).filter((relation) => wanted === null || wanted.has(relation.annotator));
    const spanIds = new Set(spans.map((span) => span.id));
    const status: Record<string, DocumentStatus> = {};
    const statusRows = prepared(
      db,
      `SELECT a.name AS annotator, ds.status FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id
       WHERE ds.document_id = ? ORDER BY a.name`,
    ).all(document.rowId) as { annotator: string; status: DocumentStatus }[];
    for (const row of statusRows) if (wanted === null || wanted.has(row.annotator)) status[row.annotator] = row.status;
    yield {
      id: document.uid,
      title: document.title,
      text: document.text,
      meta: JSON.parse(document.meta) as Record<string, unknown>,
      spans,
      // A relation is kept only with both of its spans, so the file never points to a missing span.
      relations: relations.filter((relation) => spanIds.has(relation.from) && spanIds.has(relation.to)),
      status,
    };
  }
}
