// Undo and redo read from the append-only operation log: each annotator has one history per
// document, so it survives switching documents and restarting the app.
import type { AnnotationChange, EditHistory } from '../../shared/domain';
import type { Db } from './open';
import { prepared } from './statements';

/** Operation kinds that are edits a user can undo. */
export const EDIT_KINDS = [
  'span.create',
  'span.delete',
  'span.update',
  'relation.create',
  'relation.delete',
  'decision.create',
  'decision.delete',
] as const satisfies readonly AnnotationChange['kind'][];

// Fails to compile when a kind of AnnotationChange is missing above, which would make it un-undoable.
const everyChangeKindIsAnEdit: [Exclude<AnnotationChange['kind'], (typeof EDIT_KINDS)[number]>] extends [never] ? true : never = true;
void everyChangeKindIsAnEdit;

/** The entries an undo or a redo would act on next, by operation id. */
export interface HistoryStacks {
  undo: number[];
  redo: number[];
}

/** Replays the log of one annotator in one document into its undo and redo stacks. */
export function historyStacks(db: Db, documentUid: string, annotator: string): HistoryStacks {
  const entries = prepared(
    db,
    `SELECT id, kind, json_extract(payload, '$.target') AS target FROM operations
     WHERE document_uid = ? AND annotator = ? ORDER BY id`,
  ).all(documentUid, annotator) as { id: number; kind: string; target: number | null }[];
  const undo: number[] = [];
  let redo: number[] = [];
  for (const entry of entries) {
    if (entry.kind === 'undo') {
      if (undo.at(-1) === entry.target) redo.push(undo.pop()!);
    } else if (entry.kind === 'redo') {
      if (redo.at(-1) === entry.target) undo.push(redo.pop()!);
    } else if ((EDIT_KINDS as readonly string[]).includes(entry.kind)) {
      undo.push(entry.id);
      redo = [];
    }
  }
  return { undo, redo };
}

/** Whether undo and redo have anything to do. */
export function editHistory(db: Db, documentUid: string, annotator: string): EditHistory {
  const { undo, redo } = historyStacks(db, documentUid, annotator);
  return { canUndo: undo.length > 0, canRedo: redo.length > 0 };
}

/** The changes an edit entry of the log made. */
export function changesOfEntry(db: Db, operationId: number): AnnotationChange[] {
  const payload = prepared(db, 'SELECT payload FROM operations WHERE id = ?').pluck().get(operationId) as string;
  return (JSON.parse(payload) as { changes: AnnotationChange[] }).changes;
}
