// The loopback host on a shared machine: bad addresses, two hosts in one browser, private upload
// and download folders with limits, and paths a browser may name.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/host/server';
import { HOST_FOLDER_PREFIX } from '../../../main/uploads/hostFolders';
import { TOKEN_HEADER } from '../../../shared/bridge';
import type { JobStatus } from '../../../shared/domain';
import { makeTempDir } from '../../helpers/tempDir';
import { startTestHost } from '../../helpers/testHost';

let temp: ReturnType<typeof makeTempDir>;
let outside: ReturnType<typeof makeTempDir>;
let host: RunningHost;
let base: string;
beforeEach(async () => {
  temp = makeTempDir();
  outside = makeTempDir();
  ({ host, base } = await startTestHost(temp.dir, { bodyBytes: 4096, uploadBytes: 10_000 }));
});
afterEach(async () => {
  await host.close();
  temp.cleanup();
  outside.cleanup();
});

const headers = (extra: Record<string, string> = {}) => ({ [TOKEN_HEADER]: host.token, ...extra });
const api = (method: string, params: unknown, on = base) =>
  fetch(`${on}/api/${method}`, {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json' }),
    body: JSON.stringify(params),
  });
const answer = async (method: string, params: unknown) =>
  (await (await api(method, params)).json()) as {
    ok: boolean;
    value: Record<string, unknown> & JobStatus;
    error: { code: string; message: string };
  };
const upload = (name: string, body: string, batch = 'batch-0001') =>
  fetch(`${base}/upload/${batch}/${encodeURIComponent(name)}`, { method: 'PUT', headers: headers(), body });
async function finished(job: JobStatus): Promise<JobStatus> {
  for (;;) {
    const current = (await answer('getJob', { id: job.id })).value as JobStatus;
    if (current.state !== 'running') return current;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const hostFolders = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`${HOST_FOLDER_PREFIX}${process.pid}-`));

describe('malformed addresses', () => {
  it('answer 400, never 500, and name no server path', async () => {
    for (const path of ['/%', '/%zz', '/%C0%80', '/api/%zz', '/download/%E0%A4%A', '/upload/batch-0001/%zz']) {
      const response = await fetch(`${base}${path}`, {
        method: path.startsWith('/upload') ? 'PUT' : 'GET',
        headers: headers(),
        body: path.startsWith('/upload') ? 'x' : undefined,
      });
      expect(response.status, path).toBe(400);
      const text = await response.text();
      expect(text).not.toContain(tmpdir());
      expect(text).not.toContain(temp.dir);
    }
  });

  it('a failing request answers 500 without the server path in its body', async () => {
    writeFileSync(join(temp.dir, 'in.jsonl'), '{"id":"a","text":"x"}\n');
    await answer('importFiles', { paths: [join(temp.dir, 'in.jsonl')] });
    const job = await finished((await answer('startExport', { format: 'jsonl' })).value);
    const folder = hostFolders()
      .map((name) => join(tmpdir(), name, 'downloads', job.id))
      .find((path) => existsSync(path))!;
    rmSync(folder, { recursive: true });
    const response = await fetch(`${base}${job.download}`, { headers: headers() });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(tmpdir());
  });
});

describe('two hosts in one browser', () => {
  it('set cookies named by port, so each keeps its own session', async () => {
    const other = makeTempDir();
    const second = await startTestHost(other.dir);
    try {
      // A browser keeps one cookie per name for 127.0.0.1, whatever the port.
      const jar = new Map<string, string>();
      for (const running of [host, second.host]) {
        const cookie = (await fetch(running.url)).headers.get('set-cookie')!;
        expect(cookie.startsWith(`spanmark_token_${running.port}=`)).toBe(true);
        const [pair] = cookie.split(';');
        jar.set(pair!.split('=')[0]!, pair!.split('=')[1]!);
      }
      const cookieHeader = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      for (const origin of [base, second.base]) {
        expect((await fetch(`${origin}/index.html`, { headers: { cookie: cookieHeader } })).status).toBe(200);
      }
    } finally {
      await second.host.close();
      other.cleanup();
    }
  });
});

describe('private upload and download folders', () => {
  it('keeps uploads in a folder of this host only this user can enter, removed when the host stops', async () => {
    const other = makeTempDir();
    const second = await startTestHost(other.dir);
    const response = await fetch(`${second.base}/upload/batch-0001/a.jsonl`, {
      method: 'PUT',
      headers: { [TOKEN_HEADER]: second.host.token },
      body: 'x',
    });
    const { folder, path } = ((await response.json()) as { value: { folder: string; path: string } }).value;
    expect(folder.startsWith(join(tmpdir(), `${HOST_FOLDER_PREFIX}${process.pid}-`))).toBe(true);
    const root = join(folder, '..', '..');
    expect(statSync(root).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o077).toBe(0);
    // Each host has its own folder.
    expect(hostFolders()).toHaveLength(2);
    await second.host.close();
    other.cleanup();
    expect(existsSync(root)).toBe(false);
  });

  it('never follows a link in the uploads folder', async () => {
    await upload('first.txt', 'x');
    const batch = join(
      hostFolders()
        .map((name) => join(tmpdir(), name, 'uploads'))
        .find((path) => existsSync(join(path, 'batch-0001')))!,
      'batch-0001',
    );
    const victim = join(outside.dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(batch, 'link.txt'));
    symlinkSync(outside.dir, join(batch, 'dir'));
    expect((await upload('link.txt', 'overwritten')).status).toBe(409);
    expect((await upload('dir/new.txt', 'planted')).status).toBe(409);
    expect(readdirSync(outside.dir)).toEqual(['victim.txt']);
    expect(spawnSync('cat', [victim]).stdout.toString()).toBe('keep me');
  });

  it('refuses uploads and API bodies over the limit with 413 and a clear message', async () => {
    const big = await upload('big.jsonl', 'a'.repeat(20_000));
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('larger than the upload limit');
    // Also when the size is not announced: the body is streamed, and the partial file removed.
    const streamed = await fetch(`${base}/upload/batch-0003/big.jsonl`, {
      method: 'PUT',
      headers: headers(),
      body: new ReadableStream({
        start(controller) {
          for (let index = 0; index < 20; index++) controller.enqueue(new TextEncoder().encode('a'.repeat(1000)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const batch = hostFolders()
      .map((name) => join(tmpdir(), name, 'uploads', 'batch-0003'))
      .find((path) => existsSync(path))!;
    expect(readdirSync(batch)).toEqual([]);
    const body = await fetch(`${base}/api/getStats`, {
      method: 'POST',
      headers: headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ padding: 'x'.repeat(10_000) }),
    });
    expect(body.status).toBe(413);
    expect(((await body.json()) as { error: { message: string } }).error.message).toContain('larger than the limit');
  });

  it('serves a download once and then removes it', async () => {
    writeFileSync(join(temp.dir, 'in.jsonl'), '{"id":"a","text":"x"}\n');
    await answer('importFiles', { paths: [join(temp.dir, 'in.jsonl')] });
    const job = await finished((await answer('startExport', { format: 'jsonl' })).value);
    const folder = hostFolders()
      .map((name) => join(tmpdir(), name, 'downloads', job.id))
      .find((path) => existsSync(path))!;
    const download = await fetch(`${base}${job.download}`, { headers: headers() });
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('"id":"a"');
    // The host removes it once the response has ended, just after the client has read it.
    for (let tries = 0; tries < 200 && existsSync(folder); tries++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(existsSync(folder)).toBe(false);
    expect((await fetch(`${base}${job.download}`, { headers: headers() })).status).toBe(404);
  });

  it('removes the folders of a host that crashed when the next one starts', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = join(tmpdir(), `${HOST_FOLDER_PREFIX}${dead}-abcdef`);
    mkdirSync(join(stale, 'downloads'), { recursive: true });
    const other = makeTempDir();
    const second = await startTestHost(other.dir);
    await second.host.close();
    other.cleanup();
    expect(existsSync(stale)).toBe(false);
  });
});

describe('paths a browser may name', () => {
  it('refuses paths outside the named folders for every method that takes one', async () => {
    const secret = join(outside.dir, 'secret.jsonl');
    writeFileSync(secret, '{"id":"s","text":"secret"}\n');
    const calls: [string, unknown][] = [
      ['openProject', { path: join(outside.dir, 'p.spanmark') }],
      ['createProject', { path: join(outside.dir, 'new.spanmark') }],
      ['importFiles', { paths: [secret] }],
      ['startImport', { paths: [secret] }],
      ['mergeProjects', { paths: [join(outside.dir, 'other.spanmark')] }],
      ['exportFile', { format: 'jsonl', out: join(outside.dir, 'out.jsonl') }],
      ['startExport', { format: 'jsonl', out: join(outside.dir, 'out.jsonl') }],
      ['previewImport', { paths: [secret] }],
      ['saveCopy', { out: join(outside.dir, 'copy.spanmark') }],
      ['exportFile', { format: 'jsonl', out: join(temp.dir, '..', 'escape.jsonl') }],
    ];
    for (const [method, params] of calls) {
      const result = await answer(method, params);
      expect(result.ok, method).toBe(false);
      expect(result.error.code).toBe('bad_params');
      expect(result.error.message).toContain(`only inside ${temp.dir}`);
    }
    expect(readdirSync(outside.dir)).toEqual(['secret.jsonl']);
    expect((await answer('getStats', {})).value.documents).toBe(0);
  });

  it('refuses a link inside a named folder that leads out of it', async () => {
    symlinkSync(outside.dir, join(temp.dir, 'elsewhere'));
    writeFileSync(join(outside.dir, 'secret.jsonl'), '{"id":"s","text":"secret"}\n');
    expect((await answer('importFiles', { paths: [join(temp.dir, 'elsewhere', 'secret.jsonl')] })).ok).toBe(false);
    expect((await answer('exportFile', { format: 'jsonl', out: join(temp.dir, 'elsewhere', 'out.jsonl') })).ok).toBe(
      false,
    );
    expect(readdirSync(outside.dir)).toEqual(['secret.jsonl']);
  });

  it('takes paths inside the named folders and uploaded files, and writes no export into the uploads', async () => {
    writeFileSync(join(temp.dir, 'in.jsonl'), '{"id":"a","text":"x"}\n');
    expect((await answer('importFiles', { paths: [join(temp.dir, 'in.jsonl')] })).ok).toBe(true);
    const { folder } = (
      (await (await upload('b.jsonl', '{"id":"b","text":"y"}')).json()) as { value: { folder: string } }
    ).value;
    expect((await answer('importFiles', { paths: [folder] })).value.documentsAdded).toBe(1);
    expect((await answer('exportFile', { format: 'jsonl', out: join(temp.dir, 'out.jsonl') })).ok).toBe(true);
    expect((await answer('exportFile', { format: 'jsonl', out: join(folder, 'out.jsonl') })).ok).toBe(false);
    expect((await answer('createProject', { path: join(temp.dir, 'second.spanmark') })).value.allowedFolders).toEqual([
      temp.dir,
    ]);
  });
});
