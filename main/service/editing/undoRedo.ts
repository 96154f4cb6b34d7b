// Undo and redo as new entries of the operation log: an undo applies the inverse of the edit on top
// of the annotator's undo stack in that document, a redo applies the edit again.
import { inverseChange } from '../../../shared/annotationChanges';
import type { AnnotationChange, EditResult } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { applyChange } from '../../db/applyChange';
import { changesOfEntry, editHistory, historyStacks } from '../../db/editHistory';
import type { Db } from '../../db/open';
import { logOperation } from '../../db/operations';
import { writeTransaction } from '../../db/writeTransaction';
import { documentRowId } from './editDocument';
import { startOnFirstSpan } from './firstSpanStatus';

/** Takes back the annotator's latest edit in a document that is not undone yet. */
export function undoEdit(db: Db, document: string, annotator: string): EditResult {
  return step(db, document, annotator, 'undo');
}

/** Does again the annotator's latest undone edit in a document. */
export function redoEdit(db: Db, document: string, annotator: string): EditResult {
  return step(db, document, annotator, 'redo');
}

function step(db: Db, document: string, annotator: string, direction: 'undo' | 'redo'): EditResult {
  return writeTransaction(db, (): EditResult => {
    const rowId = documentRowId(db, document);
    const stacks = historyStacks(db, document, annotator);
    const target = (direction === 'undo' ? stacks.undo : stacks.redo).at(-1);
    if (target === undefined) {
      return {
        document,
        changes: [],
        history: editHistory(db, document, annotator),
        notice: `nothing to ${direction}`,
      };
    }
    const edit = changesOfEntry(db, target);
    const changes: AnnotationChange[] = direction === 'undo' ? edit.map(inverseChange).reverse() : edit;
    let notice: string | undefined;
    try {
      // A savepoint: a change that no longer fits (edited elsewhere) rolls back alone.
      db.transaction(() => {
        for (const change of changes) applyChange(db, rowId, change);
      })();
    } catch (error) {
      if (!(error instanceof SpanmarkError) || error.code !== 'conflict') throw error;
      notice = `could not ${direction} that edit: ${error.message}; it was passed over`;
    }
    const applied = notice === undefined ? changes : [];
    // A redo (or an undone delete) that brings back a span obeys the first-span rule like any edit.
    const status = startOnFirstSpan(db, rowId, annotator, applied);
    const payload = { target, changes: applied, skipped: notice ?? null, ...(status === null ? {} : { status }) };
    logOperation(db, direction, annotator, payload, document);
    const result: EditResult = { document, changes: applied, history: editHistory(db, document, annotator) };
    if (notice !== undefined) result.notice = notice;
    if (status !== null) result.status = status;
    return result;
  });
}
