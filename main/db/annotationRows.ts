// Reading and writing span and relation rows of one document. Callers check the rules; these
// functions only move rows.
import type { Statement } from 'better-sqlite3';
import type { Relation, Span } from '../../shared/domain';
import { ensureAnnotator } from './annotators';
import { now } from './clock';
import type { Db } from './open';
import { prepared } from './statements';

interface SpanRow extends Omit<Span, 'attributes'> {
  attributes: string;
}

const SPAN_COLUMNS = `s.uid AS id, s.start_cp AS start, s.end_cp AS end, s.label, s.technique, a.name AS annotator,
  s.note, s.quote, s.attributes`;
const RELATION_COLUMNS = `r.uid AS id, r.type, f.uid AS "from", t.uid AS "to", a.name AS annotator`;
const RELATION_JOINS = `FROM relations r JOIN spans f ON f.id = r.from_span JOIN spans t ON t.id = r.to_span
  JOIN annotators a ON a.id = r.annotator_id`;

/** The spans of a document in text order, all annotators' or only the named ones'. */
export function spansOfDocument(db: Db, documentRowId: number, annotators: readonly string[] | null): Span[] {
  // Raw rows (arrays) are much cheaper to build than objects; exports read a million of them.
  const rows = rawStatement(
    db,
    `SELECT ${SPAN_COLUMNS} FROM spans s JOIN annotators a ON a.id = s.annotator_id
     WHERE s.document_id = ? ORDER BY s.start_cp, s.end_cp, s.id`,
  ).all(documentRowId) as RawSpanRow[];
  const wanted = annotators === null ? null : new Set(annotators);
  const spans: Span[] = [];
  for (const row of rows) if (wanted === null || wanted.has(row[5])) spans.push(spanFromRawRow(row));
  return spans;
}

type RawSpanRow = [string, number, number, string, string | null, string, string, string, string];

function spanFromRawRow(row: RawSpanRow): Span {
  return {
    id: row[0],
    start: row[1],
    end: row[2],
    label: row[3],
    technique: row[4],
    annotator: row[5],
    note: row[6],
    quote: row[7],
    attributes: row[8] === '{}' ? {} : (JSON.parse(row[8]) as Record<string, unknown>),
  };
}

const rawStatements = new WeakMap<Db, Map<string, Statement>>();

function rawStatement(db: Db, sql: string): Statement {
  let statements = rawStatements.get(db);
  if (statements === undefined) rawStatements.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement === undefined) statements.set(sql, (statement = db.prepare(sql).raw()));
  return statement;
}

/** The relations of a document, all annotators' or only the named ones'. */
export function relationsOfDocument(db: Db, documentRowId: number, annotators: readonly string[] | null): Relation[] {
  const rows = prepared(db, `SELECT ${RELATION_COLUMNS} ${RELATION_JOINS} WHERE r.document_id = ? ORDER BY r.id`).all(
    documentRowId,
  ) as Relation[];
  const wanted = annotators === null ? null : new Set(annotators);
  return rows.filter((row) => wanted === null || wanted.has(row.annotator));
}

/** One span by its id within a document, or null. */
export function findSpan(db: Db, documentRowId: number, uid: string): Span | null {
  const row = prepared(
    db,
    `SELECT ${SPAN_COLUMNS} FROM spans s JOIN annotators a ON a.id = s.annotator_id WHERE s.document_id = ? AND s.uid = ?`,
  ).get(documentRowId, uid) as SpanRow | undefined;
  return row === undefined ? null : spanFromRow(row);
}

/** One relation by its id within a document, or null. */
export function findRelation(db: Db, documentRowId: number, uid: string): Relation | null {
  return (
    (prepared(db, `SELECT ${RELATION_COLUMNS} ${RELATION_JOINS} WHERE r.document_id = ? AND r.uid = ?`).get(
      documentRowId,
      uid,
    ) as Relation | undefined) ?? null
  );
}

/** The relations that start or end at a span. */
export function relationsOfSpan(db: Db, documentRowId: number, spanUid: string): Relation[] {
  return prepared(
    db,
    `SELECT ${RELATION_COLUMNS} ${RELATION_JOINS} WHERE r.document_id = ? AND (f.uid = ? OR t.uid = ?) ORDER BY r.id`,
  ).all(documentRowId, spanUid, spanUid) as Relation[];
}

/** Inserts a span row exactly as given (its id included). */
export function insertSpanRow(db: Db, documentRowId: number, span: Span): void {
  const at = now();
  prepared(
    db,
    `INSERT INTO spans (uid, document_id, annotator_id, label, technique, start_cp, end_cp, quote, note, attributes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    span.id,
    documentRowId,
    ensureAnnotator(db, span.annotator),
    span.label,
    span.technique,
    span.start,
    span.end,
    span.quote,
    span.note,
    JSON.stringify(span.attributes),
    at,
    at,
  );
}

/** Overwrites the editable fields of a span row. */
export function updateSpanRow(db: Db, documentRowId: number, span: Span): void {
  prepared(
    db,
    `UPDATE spans SET label = ?, technique = ?, start_cp = ?, end_cp = ?, quote = ?, note = ?, attributes = ?, updated_at = ?
     WHERE document_id = ? AND uid = ?`,
  ).run(
    span.label,
    span.technique,
    span.start,
    span.end,
    span.quote,
    span.note,
    JSON.stringify(span.attributes),
    now(),
    documentRowId,
    span.id,
  );
}

/** Deletes a span row; its relations go with it (ON DELETE CASCADE). */
export function deleteSpanRow(db: Db, documentRowId: number, uid: string): void {
  prepared(db, 'DELETE FROM spans WHERE document_id = ? AND uid = ?').run(documentRowId, uid);
}

/** Inserts a relation row between two spans of the document. */
export function insertRelationRow(db: Db, documentRowId: number, relation: Relation): void {
  prepared(
    db,
    `INSERT INTO relations (uid, document_id, annotator_id, type, from_span, to_span, created_at)
     VALUES (?, ?, ?, ?, (SELECT id FROM spans WHERE document_id = ? AND uid = ?), (SELECT id FROM spans WHERE document_id = ? AND uid = ?), ?)`,
  ).run(
    relation.id,
    documentRowId,
    ensureAnnotator(db, relation.annotator),
    relation.type,
    documentRowId,
    relation.from,
    documentRowId,
    relation.to,
    now(),
  );
}

/** Deletes a relation row. */
export function deleteRelationRow(db: Db, documentRowId: number, uid: string): void {
  prepared(db, 'DELETE FROM relations WHERE document_id = ? AND uid = ?').run(documentRowId, uid);
}

function spanFromRow(row: SpanRow): Span {
  return { ...row, attributes: JSON.parse(row.attributes) as Record<string, unknown> };
}
