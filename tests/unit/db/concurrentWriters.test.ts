// Writers wait their turn: an edit made while an import runs, or while another process edits the
// same project, waits for the write lock instead of being refused.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { dispatch } from '../../../main/service/dispatch';
import { createProject } from '../../../main/service/project';
import { TOKEN_HEADER } from '../../../shared/bridge';
import type { JobStatus } from '../../../shared/domain';
import { runCliOk, startServing } from '../../helpers/cli';
import { writeSpanCorpus } from '../../helpers/largeCorpus';
import { record } from '../../helpers/records';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an edit while a large import job runs', () => {
  it('succeeds every 50 ms through a 300,000-span import, and the import succeeds', async () => {
    const path = join(temp.dir, 'p.spanmark');
    const project = createProject(path);
    importDocuments(project.db, [record({ id: 'target', text: 'x'.repeat(5000) })]);
    const context = new ServiceContext(project, { appVersion: 'test' });
    const corpus = join(temp.dir, 'big.jsonl');
    await writeSpanCorpus(corpus, 15_000, 20);
    try {
      const started = dispatch(context, 'startImport', { paths: [corpus] });
      if (!started.ok) throw new Error(started.error.message);
      const refused: string[] = [];
      const made: string[] = [];
      let job = started.value as JobStatus;
      while (job.state === 'running') {
        await sleep(50);
        const at = made.length + refused.length;
        const id = `edit-${at}`;
        const edit = dispatch(context, 'createSpan', {
          document: 'target',
          annotator: 'ana',
          id,
          start: at,
          end: at + 1,
          label: 'claim',
        });
        if (edit.ok) made.push(id);
        else refused.push(`${edit.error.code}: ${edit.error.message}`);
        job = dispatch(context, 'getJob', { id: job.id }).ok
          ? (dispatch(context, 'getJob', { id: job.id }) as { value: JobStatus }).value
          : job;
      }
      expect(refused).toEqual([]);
      expect(job.error).toBeNull();
      expect(job.state).toBe('done');
      expect(job.result).toMatchObject({ documentsAdded: 15_000, spansAdded: 300_000 });
      // Edits were really made while the import ran, and every one is in the project.
      expect(made.length).toBeGreaterThan(5);
      const stored = project.db.prepare("SELECT uid FROM spans WHERE uid LIKE 'edit-%'").pluck().all();
      expect(new Set(stored)).toEqual(new Set(made));
      expect(project.db.prepare('SELECT count(*) FROM spans').pluck().get()).toBe(300_000 + made.length);
    } finally {
      context.close();
    }
  }, 300_000);
});

describe('a lock that stays taken', () => {
  it('is reported as busy, not as an internal failure', () => {
    const path = join(temp.dir, 'p.spanmark');
    const project = createProject(path);
    importDocuments(project.db, [record({ id: 'd', text: 'some text' })]);
    const context = new ServiceContext(project, { appVersion: 'test' });
    // Another program holds the write lock; waiting a short time is enough to see the refusal.
    project.db.pragma('busy_timeout = 50');
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = dispatch(context, 'createSpan', {
        document: 'd',
        annotator: 'ana',
        start: 0,
        end: 4,
        label: 'claim',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'busy' } });
      expect(!result.ok && result.error.message).toMatch(
        /p\.spanmark is locked by another program or window.*try again/u,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
      context.close();
    }
  });
});

describe('two serve processes on one project', () => {
  it('both edit at the same time and none of the edits is refused', async () => {
    const path = join(temp.dir, 'p.spanmark');
    runCliOk(['init', path]);
    const corpus = join(temp.dir, 'one.jsonl');
    await writeSpanCorpus(corpus, 1, 0, 'target');
    runCliOk(['import', path, corpus]);
    const servers = await Promise.all([startServing(['serve', path]), startServing(['serve', path])]);
    try {
      const edits = async (url: string, who: string): Promise<string[]> => {
        const { origin, searchParams } = new URL(url);
        const failures: string[] = [];
        for (let index = 0; index < 60; index++) {
          const response = await fetch(`${origin}/api/createSpan`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: searchParams.get('token')! },
            body: JSON.stringify({
              document: 'target0',
              annotator: who,
              id: `${who}-${index}`,
              start: index,
              end: index + 2,
              label: 'claim',
            }),
          });
          const body = (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
          if (!body.ok) failures.push(`${body.error!.code}: ${body.error!.message}`);
        }
        return failures;
      };
      const failures = await Promise.all([edits(servers[0]!.url, 'ana'), edits(servers[1]!.url, 'bo')]);
      expect(failures.flat()).toEqual([]);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM spans WHERE uid LIKE 'ana-%' OR uid LIKE 'bo-%'").pluck().get()).toBe(120);
    db.close();
  }, 120_000);
});
