import type { Database } from 'better-sqlite3';

/**
 * Settings kept in the project file, so they survive a restart on another port (a browser keeps its
 * storage per port). `scope` says whose they are: a person at a computer (`user:name@host`), so two
 * people sharing a copied project file keep their own choices. Values are JSON.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      scope TEXT NOT NULL CHECK (length(scope) > 0),
      key TEXT NOT NULL CHECK (length(key) > 0),
      value TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)
    ) STRICT;
  `);
}
