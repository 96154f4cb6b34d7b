import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runCliOk, startServing } from '../../helpers/cli';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'study.spanmark');
});
afterEach(() => temp.cleanup());

const stats = () => JSON.parse(runCliOk(['stats', project, '--json']).stdout) as Record<string, unknown>;

function writeJsonl(name: string, records: unknown[]): string {
  const path = join(temp.dir, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

const annotated = {
  id: 'multi',
  text: MULTILINGUAL_TEXT,
  meta: { source: 'test' },
  spans: [
    { id: 's1', ...codePointRange(MULTILINGUAL_TEXT, '👋🏽 world'), label: 'claim', annotator: 'ana', note: 'greeting' },
    { id: 's2', ...codePointRange(MULTILINGUAL_TEXT, '🇺🇳 aid arrived.\r\nمرحبا'), label: 'evidence', annotator: 'ana' },
    {
      id: 's3',
      ...codePointRange(MULTILINGUAL_TEXT, '中文的主张'),
      label: 'propaganda',
      technique: 'Doubt',
      annotator: 'bo',
    },
  ],
  relations: [{ id: 'r1', type: 'supports', from: 's2', to: 's1', annotator: 'ana' }],
  status: { ana: 'done', bo: 'in_progress' },
};

describe('spanmark CLI', () => {
  it('init creates an empty project with the default scheme', () => {
    const result = runCliOk(['init', project]);
    expect(result.stdout).toMatch(/4 labels, 14 propaganda techniques, 2 relation types/);
    expect(stats()).toEqual({
      documents: 0,
      annotators: [],
      spans: 0,
      relations: 0,
      labels: { claim: 0, evidence: 0, opinion: 0, propaganda: 0 },
    });
  });

  it('imports a folder of .txt files, one document each, ids from the file names', () => {
    runCliOk(['init', project]);
    runCliOk(['import', project, join(REPO_ROOT, 'seeds'), '--format', 'txt']);
    expect(stats()).toMatchObject({ documents: 5, spans: 0 });
    const out = join(temp.dir, 'out.jsonl');
    runCliOk(['export', project, '--format', 'jsonl', '--out', out]);
    const documents = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string });
    expect(documents.map((d) => d.id)).toEqual([
      '000_d94b5c86e54fbc34',
      '001_7d6718613a425cdc',
      '002_964a688ff88cd9e1',
      '003_4e18fd9c259265ac',
      '004_ce7434ab9563ed40',
    ]);
    expect(documents[0]!.text).toBe(readFileSync(join(REPO_ROOT, 'seeds', '000_d94b5c86e54fbc34.txt'), 'utf8'));
  });

  it('round-trips native JSONL with exact code-point offsets on emoji, CJK, Arabic and CRLF', () => {
    runCliOk(['init', project]);
    const input = writeJsonl('in.jsonl', [annotated]);
    expect(runCliOk(['import', project, input]).stdout).toMatch(/1 new documents .* 3 spans, 1 relations/);
    const out = join(temp.dir, 'out.jsonl');
    const exported = runCliOk(['export', project, '--format', 'jsonl', '--out', out]);
    expect(exported.stdout).toMatch(/offsets: Unicode code points, end exclusive/);
    const [document] = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(document.text).toBe(MULTILINGUAL_TEXT);
    expect(document.meta).toEqual({ source: 'test' });
    expect(document.status).toEqual({ ana: 'done', bo: 'in_progress' });
    expect(document.relations).toEqual(annotated.relations);
    for (const span of document.spans) expect(pySlice(document.text, span.start, span.end)).toBe(span.quote);
    const byId = Object.fromEntries(document.spans.map((s: { id: string }) => [s.id, s]));
    expect(byId.s1).toMatchObject({ quote: '👋🏽 world', label: 'claim', annotator: 'ana', note: 'greeting' });
    expect(byId.s2.quote).toBe('🇺🇳 aid arrived.\r\nمرحبا');
    expect(byId.s3).toMatchObject({ label: 'propaganda', technique: 'Doubt' });
    expect(stats()).toEqual({
      documents: 1,
      annotators: ['ana', 'bo'],
      spans: 3,
      relations: 1,
      labels: { claim: 1, evidence: 1, opinion: 0, propaganda: 1 },
    });
  });

  it('exports only the annotators asked for', () => {
    runCliOk(['init', project]);
    runCliOk(['import', project, writeJsonl('in.jsonl', [annotated])]);
    const out = join(temp.dir, 'bo.jsonl');
    runCliOk(['export', project, '--format', 'jsonl', '--out', out, '--annotator', 'bo']);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    expect(document.spans.map((s: { id: string }) => s.id)).toEqual(['s3']);
    expect(document.relations).toEqual([]);
  });

  it('fails a bad import with one line naming the file and line, leaving the project as it was', () => {
    runCliOk(['init', project]);
    const good = { id: 'ok', text: 'fine' };
    const bad = { id: 'bad', text: 'short', spans: [{ start: 2, end: 40, label: 'claim', annotator: 'ana' }] };
    const input = writeJsonl('mixed.jsonl', [good, bad]);
    const hashBefore = createHash('sha256').update(JSON.stringify(stats())).digest('hex');
    const result = runCli(['import', project, input]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^error: .*mixed\.jsonl:2: document "bad": span #1: end 40 is past the end of the text \(5 code points\)/,
    );
    expect(createHash('sha256').update(JSON.stringify(stats())).digest('hex')).toBe(hashBefore);
  });

  it('warns about unknown labels and adds them; --annotator fills in missing annotators', () => {
    runCliOk(['init', project]);
    const input = writeJsonl('in.jsonl', [
      { id: 'd', text: 'hedged claim', spans: [{ start: 0, end: 6, label: 'hedge' }] },
    ]);
    const result = runCliOk(['import', project, input, '--annotator', 'carla']);
    expect(result.stderr).toMatch(/warning: .*in\.jsonl:1: label "hedge" is not in the project's scheme; added it/);
    expect(stats()).toMatchObject({ annotators: ['carla'], labels: { hedge: 1 } });
  });

  it('refuses files that are not projects with one clear line', () => {
    const notes = join(temp.dir, 'notes.txt');
    writeFileSync(notes, 'hello');
    const result = runCli(['stats', notes]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*notes\.txt is not a Spanmark project/);
    expect(runCli(['stats', join(temp.dir, 'missing.spanmark')]).stderr).toMatch(
      /no such project; create one with `spanmark init/,
    );
  });

  it('reports usage mistakes on one line', () => {
    for (const args of [
      ['export', project],
      ['frobnicate'],
      ['import', project, 'x.jsonl', '--format', 'xml'],
      ['serve', project, '--port', '99999'],
    ]) {
      const result = runCli(args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: .*\(see --help\)$/m);
    }
  });

  it.each([
    [[]],
    [['init']],
    [['import']],
    [['export']],
    [['stats']],
    [['serve']],
    [['agreement']],
    [['merge']],
    [['copy']],
    [['adjudicate']],
  ])('prints help for %j', (command) => {
    const result = runCli([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: spanmark/);
  });

  it('serve prints the URL with its token first, refuses requests without it, and stops on Ctrl+C', async () => {
    runCliOk(['init', project]);
    const server = await startServing(['serve', project, '--annotator', 'dana']);
    try {
      expect(server.firstLine).toMatch(/^Spanmark is serving .*study\.spanmark at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      const origin = new URL(server.url).origin;
      expect((await fetch(`${origin}/`)).status).toBe(401);
      expect((await fetch(server.url)).status).toBe(200);
      const token = new URL(server.url).searchParams.get('token')!;
      const session = await fetch(`${origin}/api/getSessionInfo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-spanmark-token': token },
        body: '{}',
      });
      expect(await session.json()).toMatchObject({
        ok: true,
        value: { defaultAnnotator: 'dana', projectName: 'study' },
      });
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(stats()).toMatchObject({ annotators: ['dana'] });
  });
});
