import type { Database } from 'better-sqlite3';

/**
 * Edits are logged per document, so each annotator's undo history of a document can be read back
 * from the operation log without scanning it whole.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE operations ADD COLUMN document_uid TEXT;
    CREATE INDEX operations_by_document ON operations(document_uid, annotator, id) WHERE document_uid IS NOT NULL;
  `);
}
