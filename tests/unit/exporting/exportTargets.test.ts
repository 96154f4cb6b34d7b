import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../main/service/context';
import { EXPORT_MARKER } from '../../../main/service/exporting/targetSafety';
import { createProject } from '../../../main/service/project';
import type { JobStatus } from '../../../shared/domain';
import { call, contextOn } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
let context: ServiceContext;

beforeEach(() => {
  temp = makeTempDir();
  mkdirSync(join(temp.dir, 'study'));
  project = join(temp.dir, 'study', 'p.spanmark');
  createProject(project).db.close();
  context = contextOn(project);
  const records = Array.from({ length: 400 }, (_, index) => ({
    id: `doc${index}`,
    text: `Document ${index} says the minister lied. 👋🏽 `.repeat(20),
    spans: [
      { id: 'a', start: 0, end: 8, label: 'claim', annotator: 'ana' },
      { id: 'b', start: 9, end: 12, label: 'opinion', annotator: 'bo' },
    ],
  }));
  const corpus = join(temp.dir, 'corpus.jsonl');
  writeFileSync(corpus, records.map((r) => JSON.stringify(r)).join('\n'));
  call(context, 'importFiles', { paths: [corpus] });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

const exportTo = (out: string, format: 'brat' | 'jsonl' | 'webanno' = 'brat') =>
  call(context, 'exportFile', { format, out });
const refusal = (out: string, format: 'brat' | 'jsonl' | 'webanno' = 'brat') => {
  try {
    exportTo(out, format);
  } catch (error) {
    return error as Error & { code: string };
  }
  throw new Error(`the export to ${out} was not refused`);
};
const listing = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort();

function expectProjectIntact(): void {
  const db = new Database(project, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(400);
  db.close();
}

describe('a folder export writes only into a new, empty or earlier-export folder', () => {
  it('refuses a folder holding other files, says what to do, and deletes nothing', () => {
    const docs = join(temp.dir, 'docs');
    mkdirSync(join(docs, 'drafts'), { recursive: true });
    writeFileSync(join(docs, 'thesis.tex'), 'my thesis');
    writeFileSync(join(docs, 'drafts', 'one.txt'), 'draft');
    const error = refusal(docs);
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`${docs} already holds files (drafts/one.txt, thesis.tex)`);
    expect(error.message).toContain('Choose a new or empty folder');
    expect(listing(docs)).toEqual(['drafts', 'drafts/one.txt', 'thesis.tex']);
    expect(readFileSync(join(docs, 'thesis.tex'), 'utf8')).toBe('my thesis');
    expect(readdirSync(temp.dir).filter((name) => name.includes('.partial-') || name.includes('.previous-'))).toEqual(
      [],
    );
  });

  it("refuses the project's own folder and any folder above it, and the project survives", () => {
    expect(refusal(join(temp.dir, 'study')).message).toContain('holds the open project');
    expect(refusal(temp.dir).message).toContain('holds the open project');
    expect(refusal(join(temp.dir, 'study', '.')).message).toContain('holds the open project');
    expectProjectIntact();
  });

  it('writes a new folder and an empty one, and replaces an earlier export of the same format', () => {
    const fresh = join(temp.dir, 'out', 'brat');
    expect(exportTo(fresh).documents).toBe(400);
    const marker = JSON.parse(readFileSync(join(fresh, EXPORT_MARKER), 'utf8'));
    expect(marker).toMatchObject({ spanmark: 'export', format: 'brat' });
    expect(marker.files).toContain('doc0.ann');
    const empty = join(temp.dir, 'empty');
    mkdirSync(empty);
    expect(exportTo(empty).documents).toBe(400);

    call(context, 'importFiles', { paths: [writeJsonl('extra.jsonl', { id: 'late', text: 'late text' })] });
    expect(exportTo(fresh).documents).toBe(401);
    expect(existsSync(join(fresh, 'late.txt'))).toBe(true);
  });

  it('refuses an earlier export that holds a file of the user, or that is of another format', () => {
    const out = join(temp.dir, 'brat');
    exportTo(out);
    writeFileSync(join(out, 'notes.md'), 'my notes');
    expect(refusal(out).message).toContain('holds files the earlier export did not write (notes.md)');
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('my notes');

    const webanno = join(temp.dir, 'webanno');
    exportTo(webanno, 'webanno');
    const before = listing(webanno);
    expect(refusal(webanno).message).toContain(
      `${webanno} holds an earlier webanno export; a brat export will not replace it`,
    );
    expect(listing(webanno)).toEqual(before);
  });

  it('refuses a one-file export onto a folder', () => {
    const folder = join(temp.dir, 'folder');
    mkdirSync(folder);
    expect(refusal(folder, 'jsonl').message).toContain(`${folder} is a folder; the jsonl format writes one file`);
  });
});

describe('an export never replaces the open project', () => {
  it('refuses the project file and its -wal, -shm and -journal, for file and folder formats', () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      for (const format of ['jsonl', 'brat'] as const) {
        const error = refusal(project + suffix, format);
        expect(error.message).toContain(`${project}${suffix} is the open project`);
      }
    }
    expectProjectIntact();
  });

  it('refuses the project reached through a symbolic link, a linked folder or a hard link', () => {
    const link = join(temp.dir, 'link.jsonl');
    symlinkSync(project, link);
    const linkedFolder = join(temp.dir, 'linked-study');
    symlinkSync(join(temp.dir, 'study'), linkedFolder);
    const hard = join(temp.dir, 'hard.spanmark');
    linkSync(project, hard);
    expect(refusal(link, 'jsonl').message).toContain('is the open project');
    expect(refusal(join(linkedFolder, 'p.spanmark'), 'jsonl').message).toContain('is the open project');
    expect(refusal(join(linkedFolder, 'p.spanmark-wal'), 'jsonl').message).toContain("is the open project's wal file");
    expect(refusal(hard, 'jsonl').message).toContain('is the open project');
    expect(refusal(linkedFolder).message).toContain('holds the open project');
    expectProjectIntact();
    // Edits after the refused exports still land in the project.
    call(context, 'createSpan', { document: 'doc1', annotator: 'ana', start: 0, end: 3, label: 'claim' });
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM spans').pluck().get()).toBe(801);
    db.close();
  });
});

describe('concurrent exports and crashed ones', () => {
  async function finished(job: JobStatus): Promise<JobStatus> {
    for (;;) {
      const current = call(context, 'getJob', { id: job.id });
      if (current.state !== 'running') return current;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('two export jobs to one file leave exactly one of the two exports there, never a mix', async () => {
    const expectedAna = join(temp.dir, 'ana.jsonl');
    const expectedBo = join(temp.dir, 'bo.jsonl');
    call(context, 'exportFile', { format: 'jsonl', out: expectedAna, annotators: ['ana'] });
    call(context, 'exportFile', { format: 'jsonl', out: expectedBo, annotators: ['bo'], offsets: 'utf16' });
    const out = join(temp.dir, 'shared.jsonl');
    for (let round = 0; round < 3; round++) {
      const jobs = await Promise.all([
        finished(call(context, 'startExport', { format: 'jsonl', out, annotators: ['ana'] })),
        finished(call(context, 'startExport', { format: 'jsonl', out, annotators: ['bo'], offsets: 'utf16' })),
      ]);
      expect(jobs.map((job) => job.state)).toEqual(['done', 'done']);
      expect([readFileSync(expectedAna, 'utf8'), readFileSync(expectedBo, 'utf8')]).toContain(
        readFileSync(out, 'utf8'),
      );
    }
    expect(readdirSync(temp.dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('two export jobs to one folder leave one complete export there', async () => {
    const expected = join(temp.dir, 'expected');
    call(context, 'exportFile', { format: 'brat', out: expected, annotators: ['ana'] });
    const out = join(temp.dir, 'shared-brat');
    for (let round = 0; round < 3; round++) {
      const jobs = await Promise.all([
        finished(call(context, 'startExport', { format: 'brat', out, annotators: ['ana'] })),
        finished(call(context, 'startExport', { format: 'brat', out, annotators: ['ana'] })),
      ]);
      expect(jobs.map((job) => job.error)).toEqual([null, null]);
      expect(listing(out)).toEqual(listing(expected));
      for (const name of listing(expected).filter((file) => file !== EXPORT_MARKER)) {
        expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(expected, name), 'utf8'));
      }
    }
    expect(readdirSync(temp.dir).filter((name) => name.includes('.partial-') || name.includes('.previous-'))).toEqual(
      [],
    );
  });

  it("removes a crashed export's partial files, and puts back an earlier export a crash left aside", () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const file = join(temp.dir, 'a.jsonl');
    writeFileSync(`${file}.partial-${dead}-0a1b2c`, 'half');
    writeFileSync(`${file}.partial-${dead}`, 'half, older naming');
    exportTo(file, 'jsonl');
    expect(readdirSync(temp.dir).filter((name) => name.startsWith('a.jsonl.'))).toEqual([]);

    const folder = join(temp.dir, 'brat');
    exportTo(folder);
    const aside = `${folder}.previous-${dead}-0a1b2c`;
    spawnSync('mv', [folder, aside]);
    mkdirSync(`${folder}.partial-${dead}-99`);
    exportTo(folder);
    expect(readdirSync(temp.dir).filter((name) => name.startsWith('brat.'))).toEqual([]);
    expect(existsSync(join(folder, EXPORT_MARKER))).toBe(true);
  });
});

function writeJsonl(name: string, record: unknown): string {
  const path = join(temp.dir, name);
  writeFileSync(path, JSON.stringify(record));
  return path;
}

describe('leftovers of a crashed export', () => {
  it('are removed when the project opens again; a file of the user that only looks similar stays', () => {
    const deadPid = 4_194_305; // above Linux's largest process id, so no process has it
    const folder = join(temp.dir, 'study');
    writeFileSync(join(folder, `out.jsonl.partial-${deadPid}-0123456789ab`), 'half an export');
    mkdirSync(join(folder, `brat.partial-${deadPid}-ba9876543210`));
    writeFileSync(join(folder, 'notes.partial-2024'), 'the user’s own file');
    context.close();
    context = contextOn(project);
    expect(readdirSync(folder).filter((name) => !name.startsWith('p.spanmark'))).toEqual(['notes.partial-2024']);
  });
});
