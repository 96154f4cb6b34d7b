import type { Database } from 'better-sqlite3';

/**
 * The adjudicator's decisions on disagreement groups, one per group of a document. Rows come and go
 * only through logged edits of the gold annotator, so undo and redo replay them like span edits.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE curation_decisions (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      group_key TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('accept', 'reject')),
      annotator TEXT,
      spans TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(spans)),
      gold TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gold)),
      created_at TEXT NOT NULL,
      PRIMARY KEY (document_id, group_key)
    ) STRICT;
  `);
}
