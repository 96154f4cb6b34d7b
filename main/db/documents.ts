import { prepared } from './statements';
import { createHash } from 'node:crypto';
import type { DocumentContent, DocumentStatus, DocumentSummary } from '../../shared/domain';
import { codePointLength } from '../../shared/offsets';
import { now } from './clock';
import type { Db } from './open';

/** The hex SHA-256 of a text's UTF-8 bytes: tells the same text apart from an edited one. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every document in import order, with span counts and per-annotator status. */
export function listDocuments(db: Db): DocumentSummary[] {
  const rows = prepared(
    db,
    `SELECT d.id AS rowId, d.uid AS id, d.title, d.length_cp AS length,
              (SELECT count(*) FROM spans s WHERE s.document_id = d.id) AS spanCount
       FROM documents d ORDER BY d.id`,
  ).all() as (Omit<DocumentSummary, 'status' | 'spanCounts'> & { rowId: number })[];
  const counts = prepared(
    db,
    `SELECT s.document_id AS rowId, a.name AS annotator, count(*) AS spans
     FROM spans s JOIN annotators a ON a.id = s.annotator_id GROUP BY s.document_id, a.name`,
  ).all() as { rowId: number; annotator: string; spans: number }[];
  const countsByDocument = new Map<number, Record<string, number>>();
  for (const { rowId, annotator, spans } of counts) {
    const entry = countsByDocument.get(rowId) ?? {};
    entry[annotator] = spans;
    countsByDocument.set(rowId, entry);
  }
  const statuses = prepared(
    db,
    `SELECT ds.document_id AS rowId, a.name AS annotator, ds.status
       FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id`,
  ).all() as { rowId: number; annotator: string; status: DocumentStatus }[];
  const statusByDocument = new Map<number, Record<string, DocumentStatus>>();
  for (const { rowId, annotator, status } of statuses) {
    const entry = statusByDocument.get(rowId) ?? {};
    entry[annotator] = status;
    statusByDocument.set(rowId, entry);
  }
  return rows.map(({ rowId, ...summary }) => ({
    ...summary,
    spanCounts: countsByDocument.get(rowId) ?? {},
    status: statusByDocument.get(rowId) ?? {},
  }));
}

/** One document with its exact text, or null when the id is unknown. */
export function getDocument(db: Db, uid: string): DocumentContent | null {
  const row = prepared(db, 'SELECT uid AS id, title, text, meta FROM documents WHERE uid = ?').get(uid) as
    { id: string; title: string; text: string; meta: string } | undefined;
  return row ? { ...row, meta: JSON.parse(row.meta) as Record<string, unknown> } : null;
}

/** The row id and text hash of a document, by its external id. */
export function findDocument(db: Db, uid: string): { rowId: number; textSha256: string } | null {
  return (
    (prepared(db, 'SELECT id AS rowId, text_sha256 AS textSha256 FROM documents WHERE uid = ?').get(uid) as
      { rowId: number; textSha256: string } | undefined) ?? null
  );
}

/** Stores a new document exactly as given and returns its row id. */
export function insertDocument(
  db: Db,
  document: { id: string; title: string; text: string; meta: Record<string, unknown> },
  sha256 = textSha256(document.text),
  /** A row id to take (a restored document goes back to its place in the list); null: the next one. */
  rowId: number | null = null,
): number {
  const result = prepared(
    db,
    `INSERT INTO documents (id, uid, title, text, text_sha256, length_cp, meta, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    rowId,
    document.id,
    document.title,
    document.text,
    sha256,
    codePointLength(document.text),
    JSON.stringify(document.meta),
    now(),
  );
  return Number(result.lastInsertRowid);
}

/** Writes an annotator's status of a document, inside the caller's transaction. */
export function writeDocumentStatus(db: Db, documentRowId: number, annotatorId: number, status: DocumentStatus): void {
  prepared(
    db,
    `INSERT INTO document_status (document_id, annotator_id, status, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id, annotator_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
  ).run(documentRowId, annotatorId, status, now());
}

/** Every annotator's recorded status of a document. */
export function statusesOfDocument(db: Db, documentRowId: number): Record<string, DocumentStatus> {
  const rows = prepared(
    db,
    `SELECT a.name AS annotator, ds.status FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id
     WHERE ds.document_id = ? ORDER BY a.name`,
  ).all(documentRowId) as { annotator: string; status: DocumentStatus }[];
  return Object.fromEntries(rows.map((row) => [row.annotator, row.status]));
}

/** Gives a document a new title. */
export function retitleDocument(db: Db, documentRowId: number, title: string): void {
  prepared(db, 'UPDATE documents SET title = ? WHERE id = ?').run(title, documentRowId);
}

/** Deletes a document; its spans, relations, statuses and curation decisions go with it (ON DELETE CASCADE). */
export function deleteDocumentRow(db: Db, documentRowId: number): void {
  prepared(db, 'DELETE FROM documents WHERE id = ?').run(documentRowId);
}

/** Whether a document row id is in use. */
export function documentRowIdTaken(db: Db, documentRowId: number): boolean {
  return prepared(db, 'SELECT 1 FROM documents WHERE id = ?').get(documentRowId) !== undefined;
}

/** An annotator's status of a document; `new` when none was recorded. */
export function readDocumentStatus(db: Db, documentRowId: number, annotatorId: number): DocumentStatus {
  const status = prepared(db, 'SELECT status FROM document_status WHERE document_id = ? AND annotator_id = ?')
    .pluck()
    .get(documentRowId, annotatorId) as DocumentStatus | undefined;
  return status ?? 'new';
}
