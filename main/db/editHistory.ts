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
const everyChangeKindIsAnEdit: [Exclude<AnnotationChange['kind'], (typeof EDIT_KINDS)[number]>] extends [never]
  ? true
  : never = true;
void everyChangeKindIsAnEdit;

/** The entries an undo or a redo would act on next, by operation id. */
export interface HistoryStacks {
  undo: number[];
  redo: number[];
}

// The log only grows, so stacks replayed once are kept per connection and only the entries added
// since (by this window, another window or the CLI) are replayed on the next call. A long session
// then costs the same per edit as a short one.
interface ReplayedStacks extends HistoryStacks {
  lastId: number;
  /** When the last replayed entry was written: a rolled-back entry whose id was reused shows as a different time. */
  lastAt: string | null;
}
const replayed = new WeakMap<Db, Map<string, ReplayedStacks>>();

/** Replays the log of one annotator in one document into its undo and redo stacks. */
export function historyStacks(db: Db, documentUid: string, annotator: string): HistoryStacks {
  let cache = replayed.get(db);
  if (cache === undefined) replayed.set(db, (cache = new Map()));
  const key = JSON.stringify([documentUid, annotator]);
  let stacks = cache.get(key);
  if (stacks !== undefined && stacks.lastId > 0) {
    const last = prepared(db, 'SELECT at, document_uid AS document, annotator FROM operations WHERE id = ?').get(
      stacks.lastId,
    ) as { at: string; document: string | null; annotator: string | null } | undefined;
    if (last?.at !== stacks.lastAt || last?.document !== documentUid || last?.annotator !== annotator)
      stacks = undefined;
  }
  if (stacks === undefined) cache.set(key, (stacks = { undo: [], redo: [], lastId: 0, lastAt: null }));
  const entries = prepared(
    db,
    `SELECT id, at, kind, json_extract(payload, '$.target') AS target FROM operations
     WHERE document_uid = ? AND annotator = ? AND id > ? ORDER BY id`,
  ).all(documentUid, annotator, stacks.lastId) as { id: number; at: string; kind: string; target: number | null }[];
  for (const entry of entries) {
    if (entry.kind === 'undo') {
      if (stacks.undo.at(-1) === entry.target) stacks.redo.push(stacks.undo.pop()!);
    } else if (entry.kind === 'redo') {
      if (stacks.redo.at(-1) === entry.target) stacks.undo.push(stacks.redo.pop()!);
    } else if ((EDIT_KINDS as readonly string[]).includes(entry.kind)) {
      stacks.undo.push(entry.id);
      stacks.redo = [];
    }
    stacks.lastId = entry.id;
    stacks.lastAt = entry.at;
  }
  return { undo: [...stacks.undo], redo: [...stacks.redo] };
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
