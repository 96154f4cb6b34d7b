// A copy of the project file, taken at any moment, holds every acknowledged edit: the WAL is folded
// into the file when the app goes idle and when it closes, and Save a copy writes a whole file.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_CHECKPOINT_MS } from '../../../main/db/checkpoint';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { createProject, openProject } from '../../../main/service/project';
import { call } from '../../helpers/serviceCalls';
import { runCli, runCliOk } from '../../helpers/cli';
import { record } from '../../helpers/records';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let context: ServiceContext;
let path: string;
beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, 'p.spanmark');
  const project = createProject(path);
  importDocuments(project.db, [record({ id: 'd', text: 'x'.repeat(1000) })]);
  context = new ServiceContext(project, { appVersion: 'test' });
});
afterEach(() => {
  vi.useRealTimers();
  context.close();
  temp.cleanup();
});

const EDITS = 200;

function edit(count = EDITS): void {
  for (let index = 0; index < count; index++)
    call(context, 'createSpan', {
      document: 'd',
      annotator: 'ana',
      id: `e${index}`,
      start: index,
      end: index + 1,
      label: 'claim',
    });
}

/** The edits in a copy of the file alone, as a colleague who gets only the .spanmark file sees it. */
function editsInFileAlone(file: string): number {
  const alone = join(temp.dir, `alone-${Math.random().toString(36).slice(2)}.spanmark`);
  copyFileSync(file, alone);
  const db = new Database(alone, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM spans WHERE uid LIKE 'e%'").pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('the project file on its own', () => {
  it('holds every acknowledged edit once the app has been idle for a moment', () => {
    vi.useFakeTimers();
    context.close();
    // Opened again under fake timers, so the idle watch's clock is the test's.
    context = new ServiceContext(openProject(path), { appVersion: 'test' });
    edit();
    expect(existsSync(`${path}-wal`)).toBe(true);
    vi.advanceTimersByTime(IDLE_CHECKPOINT_MS * 2);
    expect(editsInFileAlone(path)).toBe(EDITS);
  });

  it('holds every acknowledged edit after the window closes, while another window still has it open', () => {
    const otherWindow = new Database(path, { readonly: true });
    // Having read the project, the other window keeps the WAL open.
    otherWindow.prepare('SELECT count(*) FROM documents').get();
    try {
      edit();
      context.close();
      expect(editsInFileAlone(path)).toBe(EDITS);
    } finally {
      otherWindow.close();
    }
  });
});

describe('Save a copy', () => {
  it('writes a complete copy at any moment, WAL included', () => {
    edit();
    const out = join(temp.dir, 'copy.spanmark');
    const copy = call(context, 'saveCopy', { out });
    expect(copy).toMatchObject({ path: out, download: null });
    expect(copy.bytes).toBeGreaterThan(0);
    expect(existsSync(`${out}-wal`)).toBe(false);
    expect(editsInFileAlone(out)).toBe(EDITS);
  });

  it('refuses to write onto the open project, its WAL, or a link to it', () => {
    symlinkSync(path, join(temp.dir, 'link.spanmark'));
    for (const out of [path, `${path}-wal`, join(temp.dir, 'link.spanmark'), join(temp.dir, '.', 'p.spanmark')]) {
      expect(() => call(context, 'saveCopy', { out })).toThrow(
        /is the open project \(or one of its files\); save the copy under another name/u,
      );
    }
    expect(() => call(context, 'saveCopy', { out: temp.dir })).toThrow(/is a folder; give the name of the copy/u);
  });

  it('offers the copy for download when no path is given (a browser)', () => {
    edit(3);
    const copy = call(context, 'saveCopy', {});
    expect(copy.download).toMatch(/^\/download\//u);
    expect(context.jobs.downloadOf(copy.download!.slice('/download/'.length))).toBe(copy.path);
    const db = new Database(copy.path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM spans').pluck().get()).toBe(3);
    db.close();
  });
});

describe('spanmark copy', () => {
  it('copies a project that another program has open, with its edits, and refuses an existing target', () => {
    edit(10);
    const out = join(temp.dir, 'sent.spanmark');
    const result = runCliOk(['copy', path, out]);
    expect(result.stdout).toMatch(/^Copied .*p\.spanmark to .*sent\.spanmark/u);
    expect(editsInFileAlone(out)).toBe(10);
    writeFileSync(join(temp.dir, 'taken.spanmark'), 'mine');
    const refused = runCli(['copy', path, join(temp.dir, 'taken.spanmark')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/taken\.spanmark already exists; give a new file name for the copy/u);
  });
});
