// A project too large to check as it opens is checked in the background by a window or host that
// stays open; damage it finds stops every later write, as a check at opening would have.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../main/service/context';
import { openProject } from '../../../main/service/project';
import type { IntegrityReport, JobStatus } from '../../../shared/domain';
import { runCliOk } from '../../helpers/cli';
import { writeSpanCorpus } from '../../helpers/largeCorpus';
import { miscountFreePages, scramblePageInTheMiddle } from '../../helpers/damagedFiles';
import { call } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let path: string;
let context: ServiceContext | null = null;
beforeEach(async () => {
  temp = makeTempDir();
  path = join(temp.dir, 'p.spanmark');
  runCliOk(['init', path]);
  const corpus = join(temp.dir, 'c.jsonl');
  await writeSpanCorpus(corpus, 300, 10);
  runCliOk(['import', path, corpus]);
});
afterEach(() => {
  context?.close();
  context = null;
  temp.cleanup();
});

// Every file counts as large: a limit of 0 bytes.
function openLarge(checkLargeProjects = true): ServiceContext {
  return new ServiceContext(openProject(path, { quickCheckMaxBytes: 0 }), {
    appVersion: 'test',
    checkLargeProjects,
    quickCheckMaxBytes: 0,
  });
}

async function finished(context: ServiceContext, id: string): Promise<JobStatus> {
  for (;;) {
    const job = call(context, 'getJob', { id });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const span = { document: 'doc0', annotator: 'ana', start: 0, end: 3, label: 'claim' };

describe('the background check of a large project', () => {
  it('reports its progress table by table, finds an intact file intact and leaves edits alone', async () => {
    context = openLarge();
    const id = call(context, 'getSessionInfo', {}).integrityCheck!;
    const job = await finished(context, id);
    expect(job).toMatchObject({ kind: 'check', state: 'done', progress: { unit: 'tables' } });
    expect(job.progress.total).toBeGreaterThan(5);
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.result as IntegrityReport).toEqual({ problems: [], message: null });
    expect(call(context, 'createSpan', span).changes).toHaveLength(1);
  });

  it('finds a damaged page, and from then on every write is refused with the ways out', async () => {
    scramblePageInTheMiddle(path);
    context = openLarge();
    const job = await finished(context, call(context, 'getSessionInfo', {}).integrityCheck!);
    const report = job.result as IntegrityReport;
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.message).toMatch(
      /p\.spanmark is damaged .*Spanmark will not write into it.*spanmark copy .*last backup/u,
    );
    expect(() => call(context!, 'createSpan', span)).toThrow(/is damaged/u);
  });

  it('also finds damage outside every table (a wrong count of free pages) that no read would meet', async () => {
    miscountFreePages(path);
    context = openLarge();
    const report = (await finished(context, call(context, 'getSessionInfo', {}).integrityCheck!))
      .result as IntegrityReport;
    expect(report.problems.join(' ')).toMatch(/Freelist/u);
    expect(() => call(context!, 'createSpan', span)).toThrow(/is damaged/u);
  });

  it('is not run by a CLI call, which opens and closes the project at once', () => {
    context = openLarge(false);
    expect(call(context, 'getSessionInfo', {}).integrityCheck).toBeUndefined();
  });
});
