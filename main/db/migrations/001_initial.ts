import type { Database } from 'better-sqlite3';

/** The first schema: documents, annotators, the label scheme, spans, relations, statuses and the operation log. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE project_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      text_sha256 TEXT NOT NULL,
      length_cp INTEGER NOT NULL CHECK (length_cp >= 0),
      meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE annotators (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE labels (
      key TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      color TEXT NOT NULL,
      parent TEXT REFERENCES labels(key) ON UPDATE CASCADE,
      shortcut TEXT,
      description TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE relation_types (
      key TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL
    ) STRICT;

    -- Span and relation ids are unique within their document, as in brat (T1, R1) and PTC files.
    CREATE TABLE spans (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      annotator_id INTEGER NOT NULL REFERENCES annotators(id),
      label TEXT NOT NULL REFERENCES labels(key) ON UPDATE CASCADE,
      technique TEXT REFERENCES labels(key) ON UPDATE CASCADE,
      start_cp INTEGER NOT NULL CHECK (start_cp >= 0),
      end_cp INTEGER NOT NULL,
      quote TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_cp > start_cp),
      UNIQUE (document_id, uid)
    ) STRICT;
    CREATE INDEX spans_by_document ON spans(document_id, annotator_id, start_cp);

    CREATE TABLE relations (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      annotator_id INTEGER NOT NULL REFERENCES annotators(id),
      type TEXT NOT NULL REFERENCES relation_types(key) ON UPDATE CASCADE,
      from_span INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
      to_span INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      UNIQUE (document_id, uid)
    ) STRICT;
    CREATE INDEX relations_by_document ON relations(document_id, annotator_id);
    CREATE INDEX relations_by_from ON relations(from_span);
    CREATE INDEX relations_by_to ON relations(to_span);

    CREATE TABLE document_status (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      annotator_id INTEGER NOT NULL REFERENCES annotators(id),
      status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'done')),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (document_id, annotator_id)
    ) STRICT;

    -- Append-only: who did what, when. Undo, audit and merging read it.
    CREATE TABLE operations (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      annotator TEXT,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL CHECK (json_valid(payload))
    ) STRICT;
    CREATE TRIGGER operations_append_only_update BEFORE UPDATE ON operations
      BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END;
    CREATE TRIGGER operations_append_only_delete BEFORE DELETE ON operations
      BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END;
  `);
}
