// Reading and writing the adjudicator's stored decisions of one document. Like annotationRows.ts,
// these only move rows; applyChange checks the state and the operation log records them.
import type { CurationDecision } from '../../shared/domain';
import { now } from './clock';
import type { Db } from './open';
import { prepared } from './statements';

interface DecisionRow {
  key: string;
  action: CurationDecision['action'];
  annotator: string | null;
  spans: string;
  gold: string;
}

const DECISION_COLUMNS = 'group_key AS key, action, annotator, spans, gold';

/** The decisions stored for a document, oldest first. */
export function decisionsOfDocument(db: Db, documentRowId: number): CurationDecision[] {
  const rows = prepared(
    db,
    `SELECT ${DECISION_COLUMNS} FROM curation_decisions WHERE document_id = ? ORDER BY rowid`,
  ).all(documentRowId) as DecisionRow[];
  return rows.map(decisionFromRow);
}

/** The decision stored under a group key, or null. */
export function findDecision(db: Db, documentRowId: number, key: string): CurationDecision | null {
  const row = prepared(
    db,
    `SELECT ${DECISION_COLUMNS} FROM curation_decisions WHERE document_id = ? AND group_key = ?`,
  ).get(documentRowId, key) as DecisionRow | undefined;
  return row === undefined ? null : decisionFromRow(row);
}

/** Stores a decision exactly as given. */
export function insertDecisionRow(db: Db, documentRowId: number, decision: CurationDecision): void {
  prepared(
    db,
    `INSERT INTO curation_decisions (document_id, group_key, action, annotator, spans, gold, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    documentRowId,
    decision.key,
    decision.action,
    decision.annotator,
    JSON.stringify(decision.spans),
    JSON.stringify(decision.gold),
    now(),
  );
}

/** Removes the decision stored under a group key. */
export function deleteDecisionRow(db: Db, documentRowId: number, key: string): void {
  prepared(db, 'DELETE FROM curation_decisions WHERE document_id = ? AND group_key = ?').run(documentRowId, key);
}

function decisionFromRow(row: DecisionRow): CurationDecision {
  return { ...row, spans: JSON.parse(row.spans) as string[], gold: JSON.parse(row.gold) as string[] };
}
