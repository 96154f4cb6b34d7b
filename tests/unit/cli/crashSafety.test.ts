import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliOk } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const DOCUMENTS = 8000;

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
}

function writeLargeCorpus(path: string): void {
  const text = 'The minister said the aid arrived. 👋🏽 中文 مرحبا\r\n'.repeat(40);
  const lines: string[] = [];
  for (let index = 0; index < DOCUMENTS; index++) {
    const spans = Array.from({ length: 10 }, (_, s) => ({
      id: `s${s}`,
      start: s * 10,
      end: s * 10 + 5,
      label: 'claim',
      annotator: 'ana',
    }));
    lines.push(JSON.stringify({ id: `doc${index}`, text, spans }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

describe('a killed import', () => {
  it('leaves a valid project with all of the import or none of it', async () => {
    const project = join(temp.dir, 'p.spanmark');
    const corpus = join(temp.dir, 'big.jsonl');
    runCliOk(['init', project]);
    writeLargeCorpus(corpus);
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'main', 'cli.cjs'), 'import', project, corpus]);
    // Kill it once its transaction has begun spilling pages into the WAL, i.e. mid-import.
    await waitFor(() => existsSync(`${project}-wal`) && statSync(`${project}-wal`).size > 512 * 1024, 10_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const db = new Database(project, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const spans = db.prepare('SELECT count(*) FROM spans').pluck().get() as number;
    db.close();
    expect([0, DOCUMENTS]).toContain(documents);
    expect(spans).toBe(documents * 10);
    // The project still opens and works through the CLI.
    expect(JSON.parse(runCliOk(['stats', project, '--json']).stdout).documents).toBe(documents);
  });
});
