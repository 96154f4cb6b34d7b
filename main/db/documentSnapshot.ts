// A whole document with everything that hangs on it, as plain data: what a delete writes into the
// operation log, so that one undo can put the document back exactly (same id, same place, same
// span and relation ids, statuses and curation decisions).
import type { CurationDecision, DocumentStatus, Relation, Span } from '../../shared/domain';
import { insertRelationRow, insertSpanRow, relationsOfDocument, spansOfDocument } from './annotationRows';
import { ensureAnnotator } from './annotators';
import { decisionsOfDocument, insertDecisionRow } from './curationDecisions';
import { documentRowIdTaken, getDocument, insertDocument, statusesOfDocument, writeDocumentStatus } from './documents';
import type { Db } from './open';

/** A document and all its annotations. */
export interface DocumentSnapshot {
  /** Its row id, so a restore puts it back in its place in the list when that is free. */
  rowId: number;
  id: string;
  title: string;
  text: string;
  meta: Record<string, unknown>;
  spans: Span[];
  relations: Relation[];
  status: Record<string, DocumentStatus>;
  decisions: CurationDecision[];
}

/** Reads a document and everything on it. */
export function snapshotDocument(db: Db, rowId: number, uid: string): DocumentSnapshot {
  const document = getDocument(db, uid)!;
  return {
    rowId,
    ...document,
    spans: spansOfDocument(db, rowId, null),
    relations: relationsOfDocument(db, rowId, null),
    status: statusesOfDocument(db, rowId),
    decisions: decisionsOfDocument(db, rowId),
  };
}

/** Writes a snapshot back as a document, inside the caller's transaction; returns its row id. */
export function restoreSnapshot(db: Db, snapshot: DocumentSnapshot): number {
  const rowId = insertDocument(db, snapshot, undefined, documentRowIdTaken(db, snapshot.rowId) ? null : snapshot.rowId);
  for (const span of snapshot.spans) insertSpanRow(db, rowId, span);
  for (const relation of snapshot.relations) insertRelationRow(db, rowId, relation);
  for (const [annotator, status] of Object.entries(snapshot.status))
    writeDocumentStatus(db, rowId, ensureAnnotator(db, annotator), status);
  for (const decision of snapshot.decisions) insertDecisionRow(db, rowId, decision);
  return rowId;
}
