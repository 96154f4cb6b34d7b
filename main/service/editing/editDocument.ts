// The common frame of every annotation edit: find the document, apply the changes in one
// transaction, log them for undo, and report the new history.
import type { AnnotationChange, EditResult } from '../../../shared/domain';
import { SpanmarkError } from '../../../shared/errors';
import { applyChange } from '../../db/applyChange';
import { findDocument } from '../../db/documents';
import { editHistory } from '../../db/editHistory';
import type { Db } from '../../db/open';
import { logOperation } from '../../db/operations';
import { startOnFirstSpan } from './firstSpanStatus';
import { writeTransaction } from '../../db/writeTransaction';

/** The row id of a document, or a `not_found` error naming it. */
export function documentRowId(db: Db, documentUid: string): number {
  const found = findDocument(db, documentUid);
  if (found === null) throw new SpanmarkError('not_found', `no document with id "${documentUid}" in this project`);
  return found.rowId;
}

/** Applies and logs the changes one edit makes, all or nothing. */
export function commitEdit(
  db: Db,
  documentUid: string,
  annotator: string,
  plan: (rowId: number) => AnnotationChange[],
): EditResult {
  return writeTransaction(db, (): EditResult => {
    const rowId = documentRowId(db, documentUid);
    const changes = plan(rowId);
    for (const change of changes) applyChange(db, rowId, change);
    const status = startOnFirstSpan(db, rowId, annotator, changes);
    // One log entry per edit, so one undo takes back the whole edit; it records the status it moved.
    logOperation(db, changes[0]!.kind, annotator, status === null ? { changes } : { changes, status }, documentUid);
    const result: EditResult = { document: documentUid, changes, history: editHistory(db, documentUid, annotator) };
    if (status !== null) result.status = status;
    return result;
  });
}
