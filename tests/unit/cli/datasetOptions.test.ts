import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runCliOk } from '../../helpers/cli';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'study.spanmark');
  runCliOk(['init', project]);
});
afterEach(() => temp.cleanup());

const stats = () => JSON.parse(runCliOk(['stats', project, '--json']).stdout) as { documents: number; spans: number };

function writeJsonl(name: string, records: unknown[]): string {
  const path = join(temp.dir, name);
  writeFileSync(path, records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return path;
}

function exported(
  args: string[],
): { id: string; offsets: string; spans: { id: string; start: number; end: number; quote: string }[] }[] {
  const out = join(temp.dir, `out-${Math.random()}.jsonl`);
  runCliOk(['export', project, '--format', 'jsonl', '--out', out, ...args]);
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('import options', () => {
  it('--skip-invalid imports the valid records and reports each skipped one with file, line and reason', () => {
    const input = writeJsonl('mixed.jsonl', [
      {
        id: 'a',
        text: 'good text',
        spans: [
          { id: 'ok', start: 0, end: 4, label: 'claim', annotator: 'ana' },
          { id: 'bad', start: 3, end: 99, label: 'claim', annotator: 'ana' },
        ],
      },
      '{not json',
      { id: 'b', text: 'more' },
    ]);
    expect(runCli(['import', project, input]).code).toBe(1);
    expect(stats()).toMatchObject({ documents: 0, spans: 0 });
    const result = runCliOk(['import', project, input, '--skip-invalid']);
    expect(result.stdout).toMatch(/Imported 2 new documents .* 1 spans, 0 relations; skipped 2 invalid records/);
    expect(result.stderr).toMatch(/skipped: .*mixed\.jsonl:1: document "a": span "bad": end 99 is past the end/);
    expect(result.stderr).toMatch(/skipped: .*mixed\.jsonl:2: not valid JSON/);
    expect(stats()).toMatchObject({ documents: 2, spans: 1 });
  });

  it('refuses a different text under a known id unless --as-new, which gives it a new id', () => {
    runCliOk(['import', project, writeJsonl('one.jsonl', [{ id: 'a', text: 'first version' }])]);
    const second = writeJsonl('two.jsonl', [
      { id: 'a', text: 'second version', spans: [{ start: 0, end: 6, label: 'claim', annotator: 'ana' }] },
    ]);
    expect(runCli(['import', project, second]).stderr).toMatch(
      /two\.jsonl:1: document "a" is already in the project with a different text; pass --as-new/,
    );
    const result = runCliOk(['import', project, second, '--as-new']);
    expect(result.stderr).toMatch(/imported as "a~2"/);
    expect(exported([]).map((d) => d.id)).toEqual(['a', 'a~2']);
  });
});

describe('export options', () => {
  const text = MULTILINGUAL_TEXT;
  beforeEach(() => {
    const input = writeJsonl('in.jsonl', [
      {
        id: 'm',
        text,
        spans: [
          { id: 's1', ...codePointRange(text, '👋🏽 world'), label: 'claim', annotator: 'ana' },
          { id: 's2', ...codePointRange(text, '中文的主张'), label: 'propaganda', technique: 'Doubt', annotator: 'bo' },
        ],
        status: { ana: 'done' },
      },
      {
        id: 'plain',
        text: 'nothing done here',
        spans: [{ id: 'p', start: 0, end: 7, label: 'opinion', annotator: 'bo' }],
      },
    ]);
    runCliOk(['import', project, input]);
  });

  it('--offsets utf16 writes JavaScript string indices, says so in the file and the message, and imports back exactly', () => {
    const out = join(temp.dir, 'utf16.jsonl');
    const result = runCliOk(['export', project, '--format', 'jsonl', '--out', out, '--offsets', 'utf16']);
    expect(result.stdout).toMatch(/offsets: UTF-16 code units, end exclusive/);
    const [document] = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(document.offsets).toBe('utf16');
    for (const span of document.spans) expect(text.slice(span.start, span.end)).toBe(span.quote);
    const copy = join(temp.dir, 'copy.spanmark');
    runCliOk(['init', copy]);
    runCliOk(['import', copy, out]);
    const back = join(temp.dir, 'back.jsonl');
    runCliOk(['export', copy, '--format', 'jsonl', '--out', back]);
    const original = join(temp.dir, 'original.jsonl');
    runCliOk(['export', project, '--format', 'jsonl', '--out', original]);
    expect(readFileSync(back, 'utf8')).toBe(readFileSync(original, 'utf8'));
  });

  it('--status keeps documents a selected annotator marked so, --label keeps those labels and techniques', () => {
    expect(exported(['--status', 'done']).map((d) => d.id)).toEqual(['m']);
    expect(exported(['--status', 'done', '--annotator', 'bo'])).toEqual([]);
    expect(exported(['--label', 'propaganda']).flatMap((d) => d.spans.map((s) => s.id))).toEqual(['s2']);
    expect(exported(['--label', 'Doubt', '--label', 'opinion']).flatMap((d) => d.spans.map((s) => s.id))).toEqual([
      's2',
      'p',
    ]);
  });
});
