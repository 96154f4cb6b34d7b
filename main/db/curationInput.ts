// What adjudication reads from a project: who is compared by default, which documents, and one
// document's spans, relations and decisions.
import type { CurationDecision, Relation, Span } from '../../shared/domain';
import { GOLD_ANNOTATOR } from '../../shared/adjudication';
import { relationsOfDocument, spansOfDocument } from './annotationRows';
import { decisionsOfDocument } from './curationDecisions';
import type { Db } from './open';
import { prepared } from './statements';

/** A document's annotations, every annotator's and gold's, and its stored decisions. */
export interface CurationState {
  spans: Span[];
  relations: Relation[];
  decisions: CurationDecision[];
}

/** The annotators who have at least one span, gold left out, by name. */
export function annotatorsWithSpans(db: Db): string[] {
  return prepared(
    db,
    `SELECT DISTINCT a.name FROM spans s JOIN annotators a ON a.id = s.annotator_id WHERE a.name <> ? ORDER BY a.name`,
  )
    .pluck()
    .all(GOLD_ANNOTATOR) as string[];
}

/** Every document's external id and row id, in import order. */
export function allDocumentIds(db: Db): { uid: string; rowId: number }[] {
  return prepared(db, 'SELECT uid, id AS rowId FROM documents ORDER BY id').all() as { uid: string; rowId: number }[];
}

/** One document's spans, relations and decisions. */
export function curationState(db: Db, documentRowId: number): CurationState {
  return {
    spans: spansOfDocument(db, documentRowId, null),
    relations: relationsOfDocument(db, documentRowId, null),
    decisions: decisionsOfDocument(db, documentRowId),
  };
}
