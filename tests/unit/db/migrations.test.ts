import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations';
import { SPANMARK_APPLICATION_ID, openProjectDb } from '../../../main/db/open';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring a new file to the latest version in WAL mode with foreign keys on and a Spanmark application id', () => {
    const db = openProjectDb(join(temp.dir, 'p.spanmark'), { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(SPANMARK_APPLICATION_ID);
    db.close();
  });

  describe('001 initial schema', () => {
    function freshDb() {
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      MIGRATIONS[0]!.up(db);
      return db;
    }

    it('creates STRICT tables for every part of the data model', () => {
      const db = freshDb();
      const tables = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
        .all() as {
        name: string;
        strict: number;
      }[];
      expect(tables.map((t) => t.name).sort()).toEqual(
        [
          'annotators',
          'document_status',
          'documents',
          'labels',
          'operations',
          'project_meta',
          'relation_types',
          'relations',
          'spans',
        ].sort(),
      );
      expect(tables.every((t) => t.strict === 1)).toBe(true);
    });

    it('rejects a span whose end is not after its start, and keeps the operation log append-only', () => {
      const db = freshDb();
      db.exec(`INSERT INTO documents (uid, title, text, text_sha256, length_cp, created_at) VALUES ('d', 't', 'abc', 'h', 3, 'now');
               INSERT INTO annotators (name, created_at) VALUES ('ana', 'now');
               INSERT INTO labels (key, name, color, position) VALUES ('claim', 'Claim', '#fff', 0);`);
      const insert = db.prepare(
        `INSERT INTO spans (uid, document_id, annotator_id, label, start_cp, end_cp, quote, created_at, updated_at)
         VALUES ('s', 1, 1, 'claim', ?, ?, 'q', 'now', 'now')`,
      );
      expect(() => insert.run(2, 2)).toThrow(/CHECK/);
      expect(() => insert.run(1, 'x')).toThrow();
      db.exec(`INSERT INTO operations (at, kind, payload) VALUES ('now', 'import', '{}')`);
      expect(() => db.exec('DELETE FROM operations')).toThrow(/append-only/);
      expect(() => db.exec("UPDATE operations SET kind = 'x'")).toThrow(/append-only/);
    });

    it('deletes a document’s spans and relations with it', () => {
      const db = freshDb();
      db.exec(`INSERT INTO documents (uid, title, text, text_sha256, length_cp, created_at) VALUES ('d', 't', 'abc', 'h', 3, 'now');
               INSERT INTO annotators (name, created_at) VALUES ('ana', 'now');
               INSERT INTO labels (key, name, color, position) VALUES ('claim', 'Claim', '#fff', 0);
               INSERT INTO relation_types (key, name, position) VALUES ('supports', 'supports', 0);
               INSERT INTO spans (uid, document_id, annotator_id, label, start_cp, end_cp, quote, created_at, updated_at)
                 VALUES ('a', 1, 1, 'claim', 0, 1, 'a', 'now', 'now'), ('b', 1, 1, 'claim', 1, 2, 'b', 'now', 'now');
               INSERT INTO relations (uid, document_id, annotator_id, type, from_span, to_span, created_at)
                 VALUES ('r', 1, 1, 'supports', 1, 2, 'now');
               DELETE FROM documents;`);
      expect(db.prepare('SELECT count(*) FROM spans').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM relations').pluck().get()).toBe(0);
    });
  });

  describe('002 edit history per document', () => {
    it('keeps the operations a version-1 file already has and indexes new ones by document', () => {
      const db = new Database(':memory:');
      MIGRATIONS[0]!.up(db);
      db.exec(`INSERT INTO operations (at, kind, payload) VALUES ('then', 'import', '{"files":[]}')`);
      MIGRATIONS[1]!.up(db);
      db.exec(
        `INSERT INTO operations (at, annotator, kind, payload, document_uid) VALUES ('now', 'ana', 'span.create', '{}', 'd1')`,
      );
      const rows = db.prepare('SELECT kind, document_uid AS document FROM operations ORDER BY id').all();
      expect(rows).toEqual([
        { kind: 'import', document: null },
        { kind: 'span.create', document: 'd1' },
      ]);
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM operations WHERE document_uid = 'd1' AND annotator = 'ana' ORDER BY id",
        )
        .all() as { detail: string }[];
      expect(plan.map((step) => step.detail).join(' ')).toMatch(/operations_by_document/);
      expect(() => db.exec('DELETE FROM operations')).toThrow(/append-only/);
    });
  });

  describe('003 curation decisions', () => {
    function version2Db() {
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      MIGRATIONS[0]!.up(db);
      MIGRATIONS[1]!.up(db);
      db.exec(`INSERT INTO documents (uid, title, text, text_sha256, length_cp, created_at) VALUES ('d', 't', 'abc', 'h', 3, 'now');
               INSERT INTO annotators (name, created_at) VALUES ('gold', 'now');
               INSERT INTO labels (key, name, color, position) VALUES ('claim', 'Claim', '#fff', 0);
               INSERT INTO spans (uid, document_id, annotator_id, label, start_cp, end_cp, quote, created_at, updated_at)
                 VALUES ('gold:a', 1, 1, 'claim', 0, 1, 'a', 'now', 'now');`);
      return db;
    }

    it('adds a STRICT decisions table, one decision per group of a document, keeping the spans a version-2 file has', () => {
      const db = version2Db();
      MIGRATIONS[2]!.up(db);
      const table = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'curation_decisions'").get() as {
        strict: number;
      };
      expect(table.strict).toBe(1);
      expect(db.prepare('SELECT uid FROM spans').pluck().all()).toEqual(['gold:a']);
      const insert = db.prepare(
        `INSERT INTO curation_decisions (document_id, group_key, action, annotator, spans, gold, created_at) VALUES (1, ?, ?, ?, ?, ?, 'now')`,
      );
      insert.run('0-1:abc', 'accept', 'ana', '["a"]', '["gold:a"]');
      expect(() => insert.run('0-1:abc', 'reject', null, '[]', '[]')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => insert.run('2-3:def', 'maybe', null, '[]', '[]')).toThrow(/CHECK/);
      expect(() => insert.run('2-3:def', 'reject', null, 'not json', '[]')).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            `INSERT INTO curation_decisions (document_id, group_key, action, created_at) VALUES (9, 'k', 'reject', 'now')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    });

    it('deletes a document’s decisions with it', () => {
      const db = version2Db();
      MIGRATIONS[2]!.up(db);
      db.exec(`INSERT INTO curation_decisions (document_id, group_key, action, created_at) VALUES (1, '0-1:abc', 'reject', 'now');
               DELETE FROM documents;`);
      expect(db.prepare('SELECT count(*) FROM curation_decisions').pluck().get()).toBe(0);
    });
  });

  describe('004 settings per user', () => {
    it('adds a STRICT settings table, one JSON value per scope and key, keeping a version-3 file’s data', () => {
      const db = new Database(':memory:');
      for (const migration of MIGRATIONS.slice(0, 3)) migration.up(db);
      db.exec(
        `INSERT INTO documents (uid, title, text, text_sha256, length_cp, created_at) VALUES ('d', 't', 'abc', 'h', 3, 'now')`,
      );
      MIGRATIONS[3]!.up(db);
      expect(MIGRATIONS[3]!.version).toBe(4);
      const table = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'settings'").get() as {
        strict: number;
      };
      expect(table.strict).toBe(1);
      expect(db.prepare('SELECT uid FROM documents').pluck().all()).toEqual(['d']);
      const insert = db.prepare(`INSERT INTO settings (scope, key, value, updated_at) VALUES (?, ?, ?, 'now')`);
      insert.run('user:ana@lab', 'snapToWords', 'false');
      insert.run('user:bo@lab', 'snapToWords', 'true');
      expect(() => insert.run('user:ana@lab', 'snapToWords', 'true')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => insert.run('user:ana@lab', 'annotator', 'not json')).toThrow(/CHECK/);
      expect(() => insert.run('', 'annotator', '"ana"')).toThrow(/CHECK/);
    });
  });
});
