// Errors say what happened: a full disk, a read-only file, a lock, a permission, a damaged page.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { sqliteFailure } from '../../../main/db/sqliteFailure';
import { ServiceContext } from '../../../main/service/context';
import { dispatch } from '../../../main/service/dispatch';
import { createProject, openProject } from '../../../main/service/project';
import { runCli, runCliOk } from '../../helpers/cli';
import { writeSpanCorpus } from '../../helpers/largeCorpus';
import { record } from '../../helpers/records';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let path: string;
beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, 'p.spanmark');
});
afterEach(() => temp.cleanup());

function projectWithDocument(): ServiceContext {
  const project = createProject(path);
  importDocuments(project.db, [record({ id: 'd', text: 'some text here' })]);
  return new ServiceContext(project, { appVersion: 'test' });
}

const anEdit = { document: 'd', annotator: 'ana', start: 0, end: 4, label: 'claim' } as const;

describe('what SQLite and the file system report', () => {
  it.each([
    ['EACCES', 'io', /permission denied for \/x\/p\.spanmark/u],
    ['EPERM', 'io', /permission denied for \/x\/p\.spanmark/u],
    ['EROFS', 'io', /\/x\/p\.spanmark is read-only/u],
    ['SQLITE_READONLY', 'io', /\/x\/p\.spanmark is read-only/u],
    ['SQLITE_FULL', 'io', /the disk that holds \/x\/p\.spanmark is full/u],
    ['ENOSPC', 'io', /the disk that holds \/x\/p\.spanmark is full/u],
    ['SQLITE_BUSY', 'busy', /\/x\/p\.spanmark is locked by another program/u],
    ['SQLITE_CORRUPT', 'damaged', /\/x\/p\.spanmark is damaged.*spanmark copy .*last backup/u],
  ])('%s is reported as its real cause, never as "not a Spanmark project"', (code, expectedCode, message) => {
    const failure = sqliteFailure(Object.assign(new Error('raw'), { code }), '/x/p.spanmark');
    expect(failure?.code).toBe(expectedCode);
    expect(failure?.message).toMatch(message);
    expect(failure?.message).not.toMatch(/not a Spanmark project/u);
  });
});

describe('a write that cannot happen', () => {
  it('says the disk is full when it is', () => {
    const context = projectWithDocument();
    const { db } = context.project;
    // The file may not grow: what SQLite reports on a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const result = dispatch(context, 'createSpan', { ...anEdit, note: 'a long note. '.repeat(20_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!result.ok && result.error.message).toMatch(/the disk that holds .*p\.spanmark is full; free some space/u);
    context.close();
  });

  it('says the file is read-only when it is', () => {
    projectWithDocument().close();
    const context = new ServiceContext(
      { path, name: 'p', db: new Database(path, { readonly: true }) },
      { appVersion: 'test' },
    );
    const result = dispatch(context, 'createSpan', anEdit);
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!result.ok && result.error.message).toMatch(/p\.spanmark is read-only/u);
    context.close();
  });
});

describe('merging from another copy', () => {
  it('creates nothing beside the other file, so a read-only medium works', () => {
    const other = join(temp.dir, 'stick', 'other.spanmark');
    runCliOk(['init', path]);
    const corpus = join(temp.dir, 'c.jsonl');
    writeFileSync(corpus, `${JSON.stringify({ id: 'a', text: 'text' })}\n`);
    runCliOk(['import', path, corpus]);
    mkdirSync(join(temp.dir, 'stick'));
    runCliOk(['init', other]);
    runCliOk(['import', other, corpus]);
    const result = runCliOk(['merge', path, other]);
    expect(result.stdout).toMatch(/^Merged /u);
    expect(readdirSync(join(temp.dir, 'stick'))).toEqual(['other.spanmark']);
  });
});

describe('a damaged project', () => {
  it('is found when it opens and nothing is written into it; the message names the ways out', async () => {
    runCliOk(['init', path]);
    const corpus = join(temp.dir, 'c.jsonl');
    await writeSpanCorpus(corpus, 300, 10);
    runCliOk(['import', path, corpus]);
    // Scramble the b-tree header of a page in the middle of the file.
    const pageSize = 4096;
    const pages = statSync(path).size / pageSize;
    const handle = openSync(path, 'r+');
    writeSync(handle, Buffer.alloc(32, 0xff), 0, 32, Math.floor(pages / 2) * pageSize);
    closeSync(handle);
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');

    expect(() => openProject(path)).toThrow(
      /p\.spanmark is damaged .*Spanmark will not write into it.*spanmark copy .*last backup/u,
    );
    const imported = runCli(['import', path, corpus]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/is damaged/u);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });
});
