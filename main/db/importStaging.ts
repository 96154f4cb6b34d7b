// Where an import collects its rows before they become part of the project. The staging tables
// are TEMP tables of the importing connection: filling them never holds the project's write lock
// for long, other windows never see half an import, and a crash leaves nothing behind. Publishing
// copies them into the project in one short transaction, so an import is all or nothing.
//
// Staged rows get negative ids (-1, -2, …). A staged span may point at a staged document (negative
// id) or at a document already in the project (positive id); publishing gives the staged rows the
// ids after the project's largest, so every reference maps by arithmetic, without lookups.
import { SpanmarkError } from '../../shared/errors';
import { codePointLength } from '../../shared/offsets';
import { ensureAnnotator } from './annotators';
import { now } from './clock';
import type { Db } from './open';
import { prepared } from './statements';

const TABLES = ['import_documents', 'import_annotators', 'import_spans', 'import_relations', 'import_status'] as const;

const CREATE = `
  CREATE TEMP TABLE import_documents (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL,
    text_sha256 TEXT NOT NULL, length_cp INTEGER NOT NULL, meta TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TEMP TABLE import_annotators (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, real_id INTEGER);
  CREATE TEMP TABLE import_spans (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL, document_id INTEGER NOT NULL, annotator_id INTEGER NOT NULL,
    annotator TEXT NOT NULL, label TEXT NOT NULL, technique TEXT, start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL,
    quote TEXT NOT NULL, note TEXT NOT NULL, attributes TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    UNIQUE (document_id, uid));
  CREATE TEMP TABLE import_relations (
    uid TEXT NOT NULL, document_id INTEGER NOT NULL, annotator_id INTEGER NOT NULL, annotator TEXT NOT NULL,
    type TEXT NOT NULL, from_span INTEGER NOT NULL, to_span INTEGER NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (document_id, uid));
  CREATE TEMP TABLE import_status (
    document_id INTEGER NOT NULL, annotator_id INTEGER NOT NULL, status TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (document_id, annotator_id));`;

/** A staged id (negative) or a project id (positive), mapped to the id it has once published. */
const mapped = (column: string, base: string) => `CASE WHEN ${column} < 0 THEN ${base} - ${column} ELSE ${column} END`;

// A status only moves forward when merging (new → in progress → done); otherwise the last one wins.
const STATUS_RANK = (table: string) => `(CASE ${table}.status WHEN 'done' THEN 2 WHEN 'in_progress' THEN 1 ELSE 0 END)`;
const statusUpsert = (merge: boolean, table: string) =>
  `ON CONFLICT (document_id, annotator_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at
   ${merge ? `WHERE ${STATUS_RANK('excluded')} > ${STATUS_RANK(table)}` : ''}`;

/** A span as the import's id checks see it, staged or already in the project. */
export interface SpanLookup {
  id: number;
  annotator: string;
  label: string;
  start: number;
  end: number;
}

/** A relation as the import's id checks see it. */
export interface RelationLookup {
  fromSpan: number;
  toSpan: number;
  type: string;
  annotator: string;
}

/** The staging tables of one import on one connection. */
export class ImportStaging {
  private documents = 0;
  private spans = 0;
  private annotators = 0;
  private annotatorIds = new Map<string, number>();

  constructor(private readonly db: Db) {
    this.drop();
    db.exec(CREATE);
  }

  /** The counters and caches staging a batch changes. */
  save(): { documents: number; spans: number; annotators: number; annotatorIds: Map<string, number> } {
    return {
      documents: this.documents,
      spans: this.spans,
      annotators: this.annotators,
      annotatorIds: new Map(this.annotatorIds),
    };
  }

  /** Goes back to what `save` returned, after the batch's transaction was rolled back. */
  restore(saved: ReturnType<ImportStaging['save']>): void {
    ({
      documents: this.documents,
      spans: this.spans,
      annotators: this.annotators,
      annotatorIds: this.annotatorIds,
    } = saved);
  }

  /** Removes the staging tables (after publishing, or when the import failed). */
  drop(): void {
    for (const table of TABLES) this.db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  }

  /** A document staged by this import, by its external id. */
  findDocument(uid: string): { rowId: number; textSha256: string } | null {
    return (
      (prepared(this.db, 'SELECT id AS rowId, text_sha256 AS textSha256 FROM temp.import_documents WHERE uid = ?').get(
        uid,
      ) as { rowId: number; textSha256: string } | undefined) ?? null
    );
  }

  /** Stages a new document and returns its staged id. */
  addDocument(
    document: { id: string; title: string; text: string; meta: Record<string, unknown> },
    sha256: string,
  ): number {
    const id = -++this.documents;
    prepared(
      this.db,
      `INSERT INTO temp.import_documents (id, uid, title, text, text_sha256, length_cp, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      document.id,
      document.title,
      document.text,
      sha256,
      codePointLength(document.text),
      JSON.stringify(document.meta),
      now(),
    );
    return id;
  }

  /** The project's id of an annotator, or a staged id for one the project does not have yet. */
  annotatorId(name: string): number {
    const known = this.annotatorIds.get(name);
    if (known !== undefined) return known;
    const id = this.findOrStageAnnotator(name);
    this.annotatorIds.set(name, id);
    return id;
  }

  private findOrStageAnnotator(name: string): number {
    const existing = prepared(this.db, 'SELECT id FROM main.annotators WHERE name = ?').pluck().get(name) as
      number | undefined;
    if (existing !== undefined) return existing;
    const staged = prepared(this.db, 'SELECT id FROM temp.import_annotators WHERE name = ?').pluck().get(name) as
      number | undefined;
    if (staged !== undefined) return staged;
    const id = -++this.annotators;
    prepared(this.db, 'INSERT INTO temp.import_annotators (id, name) VALUES (?, ?)').run(id, name);
    return id;
  }

  /** A staged span of a document by its id. */
  findSpan(documentId: number, uid: string): SpanLookup | undefined {
    return prepared(
      this.db,
      'SELECT id, annotator, label, start_cp AS start, end_cp AS end FROM temp.import_spans WHERE document_id = ? AND uid = ?',
    ).get(documentId, uid) as SpanLookup | undefined;
  }

  /** A staged relation of a document by its id. */
  findRelation(documentId: number, uid: string): RelationLookup | undefined {
    return prepared(
      this.db,
      'SELECT from_span AS fromSpan, to_span AS toSpan, type, annotator FROM temp.import_relations WHERE document_id = ? AND uid = ?',
    ).get(documentId, uid) as RelationLookup | undefined;
  }

  /** Stages a span and returns its staged id. */
  addSpan(span: {
    uid: string;
    documentId: number;
    annotator: string;
    label: string;
    technique: string | null;
    start: number;
    end: number;
    quote: string;
    note: string;
    attributes: string;
  }): number {
    const id = -++this.spans;
    const at = now();
    prepared(
      this.db,
      `INSERT INTO temp.import_spans (id, uid, document_id, annotator_id, annotator, label, technique, start_cp, end_cp, quote, note, attributes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      span.uid,
      span.documentId,
      this.annotatorId(span.annotator),
      span.annotator,
      span.label,
      span.technique,
      span.start,
      span.end,
      span.quote,
      span.note,
      span.attributes,
      at,
      at,
    );
    return id;
  }

  /** Stages a relation between two spans (staged or in the project). */
  addRelation(relation: {
    uid: string;
    documentId: number;
    annotator: string;
    type: string;
    from: number;
    to: number;
  }): void {
    prepared(
      this.db,
      `INSERT INTO temp.import_relations (uid, document_id, annotator_id, annotator, type, from_span, to_span, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      relation.uid,
      relation.documentId,
      this.annotatorId(relation.annotator),
      relation.annotator,
      relation.type,
      relation.from,
      relation.to,
      now(),
    );
  }

  /** Stages an annotator's status of a document; a later status of the same pair replaces it (merging: only forward). */
  setStatus(documentId: number, annotator: string, status: string, merge: boolean): void {
    prepared(
      this.db,
      `INSERT INTO temp.import_status (document_id, annotator_id, status, updated_at) VALUES (?, ?, ?, ?) ${statusUpsert(merge, 'import_status')}`,
    ).run(documentId, this.annotatorId(annotator), status, now());
  }

  /**
   * Copies every staged row into the project. Runs inside the caller's write transaction; a row that
   * no longer fits (another window added the same id meanwhile) fails the whole publish.
   */
  publish(merge: boolean): void {
    const db = this.db;
    try {
      for (const { id, name } of db.prepare('SELECT id, name FROM temp.import_annotators').all() as {
        id: number;
        name: string;
      }[]) {
        prepared(db, 'UPDATE temp.import_annotators SET real_id = ? WHERE id = ?').run(ensureAnnotator(db, name), id);
      }
      const bases = {
        documents: prepared(db, 'SELECT coalesce(max(id), 0) FROM main.documents').pluck().get() as number,
        spans: prepared(db, 'SELECT coalesce(max(id), 0) FROM main.spans').pluck().get() as number,
      };
      const annotator = (alias: string) =>
        `coalesce((SELECT real_id FROM temp.import_annotators a WHERE a.id = ${alias}.annotator_id), ${alias}.annotator_id)`;
      prepared(
        db,
        `INSERT INTO main.documents (id, uid, title, text, text_sha256, length_cp, meta, created_at)
         SELECT @documents - id, uid, title, text, text_sha256, length_cp, meta, created_at FROM temp.import_documents ORDER BY id DESC`,
      ).run(bases);
      prepared(
        db,
        `INSERT INTO main.spans (id, uid, document_id, annotator_id, label, technique, start_cp, end_cp, quote, note, attributes, created_at, updated_at)
         SELECT @spans - s.id, s.uid, ${mapped('s.document_id', '@documents')}, ${annotator('s')}, s.label, s.technique,
                s.start_cp, s.end_cp, s.quote, s.note, s.attributes, s.created_at, s.updated_at
         FROM temp.import_spans s ORDER BY s.id DESC`,
      ).run(bases);
      prepared(
        db,
        `INSERT INTO main.relations (uid, document_id, annotator_id, type, from_span, to_span, created_at)
         SELECT r.uid, ${mapped('r.document_id', '@documents')}, ${annotator('r')}, r.type,
                ${mapped('r.from_span', '@spans')}, ${mapped('r.to_span', '@spans')}, r.created_at
         FROM temp.import_relations r ORDER BY r.rowid`,
      ).run(bases);
      prepared(
        db,
        `INSERT INTO main.document_status (document_id, annotator_id, status, updated_at)
         SELECT ${mapped('st.document_id', '@documents')}, ${annotator('st')}, st.status, st.updated_at
         FROM temp.import_status st WHERE true ${statusUpsert(merge, 'document_status')}`,
      ).run({ documents: bases.documents });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
        throw new SpanmarkError(
          'conflict',
          `the project changed while the import ran (${(error as Error).message}); nothing was imported, run the import again`,
        );
      }
      throw error;
    }
  }
}
