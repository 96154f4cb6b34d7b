import { prepared } from './statements';
import { now } from './clock';
import type { Db } from './open';

/** All annotator names, alphabetically. */
export function listAnnotators(db: Db): string[] {
  return prepared(db, 'SELECT name FROM annotators ORDER BY name').pluck().all() as string[];
}

/** The row id of an annotator, creating the annotator when it is new. */
export function ensureAnnotator(db: Db, name: string): number {
  const existing = prepared(db, 'SELECT id FROM annotators WHERE name = ?').pluck().get(name) as number | undefined;
  if (existing !== undefined) return existing;
  return Number(
    prepared(db, 'INSERT INTO annotators (name, created_at) VALUES (?, ?)').run(name, now()).lastInsertRowid,
  );
}
