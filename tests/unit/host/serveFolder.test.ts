// `spanmark serve --folder DIR`: the browser reaches paths inside DIR only; without it, the
// project's own folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../shared/bridge';
import { runCli, runCliOk, startServing } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
let data: string;
beforeEach(() => {
  temp = makeTempDir();
  mkdirSync(join(temp.dir, 'study'));
  data = join(temp.dir, 'data');
  mkdirSync(data);
  project = join(temp.dir, 'study', 'p.spanmark');
  runCliOk(['init', project]);
  writeFileSync(join(data, 'a.jsonl'), '{"id":"a","text":"in data"}\n');
  writeFileSync(join(temp.dir, 'study', 'b.jsonl'), '{"id":"b","text":"beside the project"}\n');
});
afterEach(() => temp.cleanup());

async function importsWith(args: string[]): Promise<Record<string, boolean>> {
  const server = await startServing(['serve', project, ...args]);
  try {
    const url = new URL(server.url);
    const outcome: Record<string, boolean> = {};
    for (const file of [join(data, 'a.jsonl'), join(temp.dir, 'study', 'b.jsonl')]) {
      const response = await fetch(`${url.origin}/api/importFiles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: url.searchParams.get('token')! },
        body: JSON.stringify({ paths: [file] }),
      });
      outcome[file.slice(temp.dir.length + 1)] = ((await response.json()) as { ok: boolean }).ok;
    }
    return outcome;
  } finally {
    await server.stop();
  }
}

describe('spanmark serve --folder', () => {
  it("reaches the named folders only, and by default the project's folder", async () => {
    expect(await importsWith(['--folder', data])).toEqual({ 'data/a.jsonl': true, 'study/b.jsonl': false });
    expect(await importsWith([])).toEqual({ 'data/a.jsonl': false, 'study/b.jsonl': true });
  });

  it('refuses a folder that does not exist', () => {
    const result = runCli(['serve', project, '--folder', join(temp.dir, 'missing')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing: no such folder');
  });
});
