import { prepared } from './statements';
import type { Db } from './open';

/** Reads one project setting, such as its display name. */
export function getProjectMeta(db: Db, key: string): string | null {
  return (prepared(db, 'SELECT value FROM project_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

/** Writes one project setting. */
export function setProjectMeta(db: Db, key: string, value: string): void {
  prepared(
    db,
    'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
