// The whole project as the agreement measures read it: documents in project order, every span,
// and who marked each document done.
import type { AgreementDocument, AgreementInput } from '../../shared/agreement';
import type { Db } from './open';
import { prepared } from './statements';

/** Loads every document with all annotators' spans, in three queries. */
export function agreementInput(db: Db): AgreementInput {
  const documents = prepared(db, 'SELECT id AS rowId, uid AS id, text FROM documents ORDER BY id').all() as {
    rowId: number;
    id: string;
    text: string;
  }[];
  const byRowId = new Map<number, AgreementDocument>();
  for (const { rowId, id, text } of documents) byRowId.set(rowId, { id, text, spans: [], done: [] });
  const spans = prepared(
    db,
    `SELECT s.document_id AS rowId, a.name AS annotator, s.label, s.technique, s.start_cp AS start, s.end_cp AS end
     FROM spans s JOIN annotators a ON a.id = s.annotator_id ORDER BY s.document_id, s.start_cp, s.end_cp`,
  ).iterate() as Iterable<{
    rowId: number;
    annotator: string;
    label: string;
    technique: string | null;
    start: number;
    end: number;
  }>;
  for (const { rowId, ...span } of spans) byRowId.get(rowId)!.spans.push(span);
  const done = prepared(
    db,
    `SELECT ds.document_id AS rowId, a.name AS annotator FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id
     WHERE ds.status = 'done'`,
  ).all() as { rowId: number; annotator: string }[];
  for (const { rowId, annotator } of done) byRowId.get(rowId)!.done.push(annotator);
  return { documents: [...byRowId.values()] };
}
