import { prepared } from './statements';
import { now } from './clock';
import type { Db } from './open';

/** Kinds of entries in the append-only operation log. */
export type OperationKind = 'project.create' | 'import' | 'annotator.create';

/** Appends one entry to the operation log, inside the caller's transaction. */
export function logOperation(db: Db, kind: OperationKind, annotator: string | null, payload: unknown): void {
  prepared(db, 'INSERT INTO operations (at, annotator, kind, payload) VALUES (?, ?, ?, ?)').run(
    now(),
    annotator,
    kind,
    JSON.stringify(payload),
  );
}
