import type { AnnotationChange } from '../../shared/domain';
import { prepared } from './statements';
import { now } from './clock';
import type { Db } from './open';

/** Kinds of entries in the append-only operation log. */
export type OperationKind =
  | 'project.create'
  | 'import'
  | 'annotator.create'
  | 'status.set'
  | 'scheme.update'
  | 'merge'
  | 'document.rename'
  | 'document.delete'
  | 'document.restore'
  | AnnotationChange['kind']
  | 'undo'
  | 'redo';

/** Appends one entry to the operation log, inside the caller's transaction; returns its id. */
export function logOperation(
  db: Db,
  kind: OperationKind,
  annotator: string | null,
  payload: unknown,
  documentUid: string | null = null,
): number {
  const result = prepared(
    db,
    'INSERT INTO operations (at, annotator, kind, payload, document_uid) VALUES (?, ?, ?, ?, ?)',
  ).run(now(), annotator, kind, JSON.stringify(payload), documentUid);
  return Number(result.lastInsertRowid);
}
