// Carries out one annotation change on the rows, after checking that the rows are in the state the
// change starts from. Another window or the CLI may have changed them since the client last looked.
import type { AnnotationChange, Relation, Span } from '../../shared/domain';
import { SpanmarkError, missingCase } from '../../shared/errors';
import {
  deleteRelationRow,
  deleteSpanRow,
  findRelation,
  findSpan,
  insertRelationRow,
  insertSpanRow,
  updateSpanRow,
} from './annotationRows';
import { deleteDecisionRow, findDecision, insertDecisionRow } from './curationDecisions';
import type { Db } from './open';

/** Applies a change inside the caller's transaction; a stale change is a `conflict` error and changes nothing. */
export function applyChange(db: Db, documentRowId: number, change: AnnotationChange): void {
  switch (change.kind) {
    case 'span.create':
      if (findSpan(db, documentRowId, change.span.id) !== null) stale(`span "${change.span.id}" already exists`);
      insertSpanRow(db, documentRowId, change.span);
      for (const relation of change.relations) {
        const others = [relation.from, relation.to].filter((id) => id !== change.span.id);
        if (others.some((id) => findSpan(db, documentRowId, id) === null)) continue; // its other end is gone
        if (findRelation(db, documentRowId, relation.id) === null) insertRelationRow(db, documentRowId, relation);
      }
      return;
    case 'span.delete':
      expectSpan(db, documentRowId, change.span);
      deleteSpanRow(db, documentRowId, change.span.id);
      return;
    case 'span.update':
      expectSpan(db, documentRowId, change.before);
      updateSpanRow(db, documentRowId, change.after);
      return;
    case 'relation.create':
      if (findRelation(db, documentRowId, change.relation.id) !== null)
        stale(`relation "${change.relation.id}" already exists`);
      for (const end of [change.relation.from, change.relation.to]) {
        if (findSpan(db, documentRowId, end) === null) stale(`span "${end}" no longer exists`);
      }
      insertRelationRow(db, documentRowId, change.relation);
      return;
    case 'relation.delete':
      expectRelation(db, documentRowId, change.relation);
      deleteRelationRow(db, documentRowId, change.relation.id);
      return;
    case 'decision.create':
      if (findDecision(db, documentRowId, change.decision.key) !== null)
        stale(`disagreement "${change.decision.key}" is already settled`);
      insertDecisionRow(db, documentRowId, change.decision);
      return;
    case 'decision.delete':
      if (findDecision(db, documentRowId, change.decision.key) === null)
        stale(`the decision on disagreement "${change.decision.key}" no longer exists`);
      deleteDecisionRow(db, documentRowId, change.decision.key);
      return;
    default:
      missingCase(change);
  }
}

function expectSpan(db: Db, documentRowId: number, expected: Span): void {
  const current = findSpan(db, documentRowId, expected.id);
  if (current === null) stale(`span "${expected.id}" no longer exists`);
  if (!sameSpan(current!, expected)) stale(`span "${expected.id}" was changed elsewhere`);
}

function expectRelation(db: Db, documentRowId: number, expected: Relation): void {
  if (findRelation(db, documentRowId, expected.id) === null) stale(`relation "${expected.id}" no longer exists`);
}

function sameSpan(a: Span, b: Span): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.label === b.label &&
    a.technique === b.technique &&
    a.note === b.note &&
    a.annotator === b.annotator &&
    JSON.stringify(a.attributes) === JSON.stringify(b.attributes)
  );
}

function stale(reason: string): never {
  throw new SpanmarkError('conflict', `${reason} (another window or the command line changed it); reload the document`);
}
