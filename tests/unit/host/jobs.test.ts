import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/host/server';
import { TOKEN_HEADER } from '../../../shared/bridge';
import type { JobStatus } from '../../../shared/domain';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { makeTempDir } from '../../helpers/tempDir';
import { startTestHost } from '../../helpers/testHost';

let temp: ReturnType<typeof makeTempDir>;
let host: RunningHost;
let base: string;
beforeEach(async () => {
  temp = makeTempDir();
  ({ host, base } = await startTestHost(temp.dir));
});
afterEach(async () => {
  await host.close();
  temp.cleanup();
});

const headers = () => ({ [TOKEN_HEADER]: host.token });

async function call<T>(method: string, params: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers() },
    body: JSON.stringify(params),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error: { message: string } };
  if (!body.ok) throw new Error(body.error.message);
  return body.value;
}

async function finished(job: JobStatus): Promise<JobStatus> {
  for (;;) {
    const current = await call<JobStatus>('getJob', { id: job.id });
    if (current.state !== 'running') return current;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const corpus = [
  { id: 'a', text: MULTILINGUAL_TEXT, spans: [{ id: 's', start: 6, end: 14, label: 'claim', annotator: 'ana' }] },
  { id: 'b', text: 'second' },
]
  .map((d) => JSON.stringify(d))
  .join('\n');

describe('background jobs over the loopback host', () => {
  it('imports an uploaded file in a worker, reporting progress up to the file size, then its report', async () => {
    const upload = await fetch(`${base}/upload/batch-0001/${encodeURIComponent('my corpus.jsonl')}`, {
      method: 'PUT',
      headers: headers(),
      body: corpus,
    });
    const { value } = (await upload.json()) as { value: { folder: string } };
    const job = await finished(await call<JobStatus>('startImport', { paths: [value.folder] }));
    expect(job).toMatchObject({
      state: 'done',
      kind: 'import',
      progress: { unit: 'bytes', total: Buffer.byteLength(corpus), done: Buffer.byteLength(corpus) },
    });
    expect(job.result).toMatchObject({ documentsAdded: 2, spansAdded: 1 });
    expect(await call('getStats', {})).toMatchObject({ documents: 2, spans: 1 });
    // The uploaded copy is removed once the import has ended.
    expect(existsSync(value.folder)).toBe(false);
  });

  it('reports a failing import as a failed job naming the file and line, and changes nothing', async () => {
    const bad = join(temp.dir, 'bad.jsonl');
    writeFileSync(bad, `${corpus}\n{"id":"c","text":"x","spans":[{"start":0,"end":5,"label":"claim"}]}\n`);
    const job = await finished(await call<JobStatus>('startImport', { paths: [bad] }));
    expect(job.state).toBe('failed');
    expect(job.error!.message).toMatch(/bad\.jsonl:3: document "c": span #1: end 5 is past the end/);
    expect(await call('getStats', {})).toMatchObject({ documents: 0 });
  });

  it('exports to a temporary file served for download, and to a path when one is given', async () => {
    await call('importFiles', { paths: [writeTo('in.jsonl', corpus)] });
    const job = await finished(await call<JobStatus>('startExport', { format: 'jsonl' }));
    expect(job).toMatchObject({
      state: 'done',
      progress: { unit: 'documents', done: 2, total: 2 },
      download: `/download/${job.id}`,
    });
    const download = await fetch(`${base}${job.download}`, { headers: headers() });
    expect(download.headers.get('content-disposition')).toMatch(/attachment; filename="p-jsonl\.jsonl"/);
    const lines = (await download.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string });
    expect(lines.map((d) => d.id)).toEqual(['a', 'b']);
    expect(lines[0]!.text).toBe(MULTILINGUAL_TEXT);
    const out = join(temp.dir, 'chosen.jsonl');
    const chosen = await finished(await call<JobStatus>('startExport', { format: 'jsonl', out }));
    expect(chosen).toMatchObject({ state: 'done', download: null });
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(3);
  });

  it('names an uploaded file as the user picked it in the messages of a failed import, not by its temporary folder', async () => {
    const bad = `${corpus}\n{"id":"c","text":"x","spans":[{"start":0,"end":5,"label":"claim"}]}\n`;
    const upload = await fetch(`${base}/upload/batch-0002/${encodeURIComponent('data/bad.jsonl')}`, {
      method: 'PUT',
      headers: headers(),
      body: bad,
    });
    const { value } = (await upload.json()) as { value: { folder: string } };
    const job = await finished(await call<JobStatus>('startImport', { paths: [value.folder] }));
    expect(job.error!.message).toMatch(/^data\/bad\.jsonl:3: document "c"/);
  });

  it('refuses uploads outside their batch folder and downloads of unknown jobs', async () => {
    const escape = await fetch(`${base}/upload/batch-0001/${encodeURIComponent('../../evil.txt')}`, {
      method: 'PUT',
      headers: headers(),
      body: 'x',
    });
    expect(escape.status).toBe(400);
    expect((await fetch(`${base}/upload/x/a.txt`, { method: 'PUT', headers: headers(), body: 'x' })).status).toBe(400);
    expect((await fetch(`${base}/upload/batch-0001/a.txt`, { method: 'PUT', body: 'x' })).status).toBe(401);
    expect((await fetch(`${base}/download/nope`, { headers: headers() })).status).toBe(404);
  });
});

function writeTo(name: string, content: string): string {
  const path = join(temp.dir, name);
  writeFileSync(path, content);
  return path;
}
