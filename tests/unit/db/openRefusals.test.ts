import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations';
import { SPANMARK_APPLICATION_ID, openProjectDb } from '../../../main/db/open';
import { SpanmarkError } from '../../../shared/errors';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function expectRefusal(action: () => unknown, code: string, message: RegExp): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(SpanmarkError);
    expect((error as SpanmarkError).code).toBe(code);
    expect((error as SpanmarkError).message).toMatch(message);
    return;
  }
  throw new Error('expected a refusal');
}

describe('opening project files', () => {
  it('refuses a file written by a newer version and leaves it byte for byte unchanged', () => {
    const path = join(temp.dir, 'future.spanmark');
    openProjectDb(path, { create: true }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fileHash(path);
    expectRefusal(
      () => openProjectDb(path),
      'newer_version',
      /newer version of Spanmark .*update Spanmark.*not changed/,
    );
    expect(fileHash(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a text file, another program’s database, an empty file and a folder', () => {
    const text = join(temp.dir, 'notes.spanmark');
    writeFileSync(text, 'just some notes\n');
    expectRefusal(() => openProjectDb(text), 'not_a_project', /notes\.spanmark is not a Spanmark project/);
    expect(readFileSync(text, 'utf8')).toBe('just some notes\n');

    const other = join(temp.dir, 'other.db');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    const before = fileHash(other);
    expectRefusal(() => openProjectDb(other), 'not_a_project', /another program’s database/);
    expect(fileHash(other)).toBe(before);

    const empty = join(temp.dir, 'empty.spanmark');
    writeFileSync(empty, '');
    expectRefusal(() => openProjectDb(empty), 'not_a_project', /not a Spanmark project/);

    const folder = join(temp.dir, 'folder.spanmark');
    mkdirSync(folder);
    expectRefusal(() => openProjectDb(folder), 'not_a_project', /is a folder/);
  });

  it('refuses to open a missing file and to create over an existing one', () => {
    const path = join(temp.dir, 'p.spanmark');
    expectRefusal(() => openProjectDb(path), 'not_found', /no such project; create one with `spanmark init/);
    openProjectDb(path, { create: true }).close();
    expectRefusal(() => openProjectDb(path, { create: true }), 'conflict', /already exists/);
  });

  it('reopens its own project files', () => {
    const path = join(temp.dir, 'p.spanmark');
    openProjectDb(path, { create: true }).close();
    const db = openProjectDb(path);
    expect(db.pragma('application_id', { simple: true })).toBe(SPANMARK_APPLICATION_ID);
    db.close();
  });
});
