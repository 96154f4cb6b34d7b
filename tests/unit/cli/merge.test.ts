import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runCliOk } from '../../helpers/cli';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { call, contextOn } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let laptopA: string;
let laptopB: string;
beforeEach(() => {
  temp = makeTempDir();
  laptopA = join(temp.dir, 'ana.spanmark');
  laptopB = join(temp.dir, 'bo.spanmark');
  runCliOk(['init', laptopA]);
  const corpus = join(temp.dir, 'corpus.jsonl');
  writeFileSync(
    corpus,
    [
      { id: 'd1', text: MULTILINGUAL_TEXT },
      { id: 'd2', text: 'Second article text.' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n'),
  );
  runCliOk(['import', laptopA, corpus]);
  // The team hands out copies of the same project, one per laptop.
  copyFileSync(laptopA, laptopB);
});
afterEach(() => temp.cleanup());

function edit(path: string, work: (context: ReturnType<typeof contextOn>) => void): void {
  const context = contextOn(path);
  try {
    work(context);
  } finally {
    context.close();
  }
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const spansOf = (path: string) => {
  const out = join(temp.dir, `out-${Math.random()}.jsonl`);
  runCliOk(['export', path, '--format', 'jsonl', '--out', out]);
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          id: string;
          spans: { id: string; annotator: string; start: number }[];
          status: Record<string, string>;
        },
    );
};

describe('spanmark merge', () => {
  it('brings another laptop’s annotator in with the same span ids, and merging twice adds nothing', () => {
    edit(laptopA, (c) =>
      call(c, 'createSpan', { document: 'd1', annotator: 'ana', id: 'a1', start: 0, end: 5, label: 'claim' }),
    );
    edit(laptopB, (c) => {
      call(c, 'createSpan', { document: 'd1', annotator: 'bo', id: 'b1', start: 6, end: 14, label: 'evidence' });
      call(c, 'createSpan', { document: 'd1', annotator: 'bo', id: 'b2', start: 0, end: 5, label: 'claim' });
      call(c, 'createRelation', { document: 'd1', annotator: 'bo', id: 'rb', type: 'supports', from: 'b1', to: 'b2' });
      call(c, 'setDocumentStatus', { document: 'd1', annotator: 'bo', status: 'done' });
    });
    const before = sha(laptopB);
    const first = runCliOk(['merge', laptopA, laptopB]);
    expect(first.stdout).toMatch(
      /Merged 2 documents: 2 spans and 1 relations added; 0 documents not matched, 0 conflicts/,
    );
    expect(sha(laptopB)).toBe(before);
    const again = runCliOk(['merge', laptopA, laptopB]);
    expect(again.stdout).toMatch(/0 spans and 0 relations added/);
    const [d1] = spansOf(laptopA);
    expect(d1!.spans.map((s) => `${s.annotator}:${s.id}`).sort()).toEqual(['ana:a1', 'bo:b1', 'bo:b2']);
    // ana's first span marked the document in progress for her; bo's done came with the merge.
    expect(d1!.status).toEqual({ ana: 'in_progress', bo: 'done' });
    const agreement = JSON.parse(runCliOk(['agreement', laptopA, '--json']).stdout);
    expect(agreement.annotators).toEqual(['ana', 'bo']);
  });

  it('reports documents it cannot match and spans changed on both sides, keeping this project’s version', () => {
    edit(laptopA, (c) =>
      call(c, 'createSpan', { document: 'd2', annotator: 'ana', id: 's', start: 0, end: 6, label: 'claim' }),
    );
    copyFileSync(laptopA, laptopB);
    edit(laptopA, (c) => call(c, 'updateSpan', { document: 'd2', annotator: 'ana', id: 's', end: 14 }));
    edit(laptopB, (c) => {
      call(c, 'updateSpan', { document: 'd2', annotator: 'ana', id: 's', end: 7 });
      call(c, 'setDocumentStatus', { document: 'd2', annotator: 'ana', status: 'in_progress' });
    });
    edit(laptopA, (c) => call(c, 'setDocumentStatus', { document: 'd2', annotator: 'ana', status: 'done' }));
    const extra = join(temp.dir, 'extra.jsonl');
    writeFileSync(extra, JSON.stringify({ id: 'only-on-b', text: 'new' }));
    runCliOk(['import', laptopB, extra]);
    const result = runCliOk(['merge', laptopA, laptopB]);
    expect(result.stderr).toMatch(/not matched: .*bo\.spanmark: document "only-on-b": no document with this id here/);
    expect(result.stderr).toMatch(/conflict: document "d2": span "s" of ana differs here; kept this project's version/);
    const d2 = spansOf(laptopA).find((d) => d.id === 'd2')!;
    expect(d2.spans).toEqual([expect.objectContaining({ id: 's', start: 0 })]);
    expect(d2.status).toEqual({ ana: 'done' });
    expect(spansOf(laptopA).map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('refuses to merge a project into itself, and files that are not projects, with one line', () => {
    expect(runCli(['merge', laptopA, laptopA]).stderr).toMatch(/cannot be merged into itself/);
    const text = join(temp.dir, 'notes.txt');
    writeFileSync(text, 'hello');
    const result = runCli(['merge', laptopA, text]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes\.txt is not a Spanmark project/);
  });
});
