// Settings kept in the project file under a scope (whose they are): read all of one scope, write one.
import { now } from './clock';
import type { Db } from './open';
import { prepared } from './statements';

/** Every setting of one scope, key to parsed JSON value. */
export function readSettings(db: Db, scope: string): Record<string, unknown> {
  const rows = prepared(db, 'SELECT key, value FROM settings WHERE scope = ? ORDER BY key').all(scope) as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

/** Stores one setting of a scope, replacing its earlier value. */
export function writeSetting(db: Db, scope: string, key: string, value: unknown): void {
  prepared(
    db,
    `INSERT INTO settings (scope, key, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(scope, key, JSON.stringify(value), now());
}
