// `spanmark adjudicate` as a researcher runs it, and the gold it builds exported like any annotator.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AutoMergeReport } from '../../../shared/adjudication';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { runCli, runCliOk } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
const wave = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
const minister = codePointRange(MULTILINGUAL_TEXT, 'The minister said');
const arabic = codePointRange(MULTILINGUAL_TEXT, 'مرحبا بالعالم');

beforeEach(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'p.spanmark');
  runCliOk(['init', project]);
  const file = join(temp.dir, 'three.jsonl');
  const spans = [
    { id: 'a1', annotator: 'ana', label: 'opinion', ...wave },
    { id: 'b1', annotator: 'bo', label: 'opinion', ...wave },
    { id: 'a2', annotator: 'ana', label: 'claim', ...minister },
    { id: 'b2', annotator: 'bo', label: 'claim', ...minister },
    { id: 'c2', annotator: 'cy', label: 'claim', ...minister },
    { id: 'c3', annotator: 'cy', label: 'evidence', ...arabic },
  ];
  writeFileSync(file, `${JSON.stringify({ id: 'd1', text: MULTILINGUAL_TEXT, spans })}\n`);
  runCliOk(['import', project, file]);
});
afterEach(() => temp.cleanup());

describe('spanmark adjudicate', () => {
  it('prints what auto-merge added and what is left, and adds nothing the second time', () => {
    expect(runCliOk(['adjudicate', project]).stdout).toBe(
      [
        'Compared ana, bo, cy: a span goes into gold when at least 2 of 3 marked it with the same start, end and label.',
        'Added 2 spans to gold in 1 of 1 document (one undoable gold edit per document):',
        '  d1: 2 spans',
        '1 disagreement left to curate: open the project and choose Curate.',
        '',
      ].join('\n'),
    );
    expect(runCliOk(['adjudicate', project]).stdout).toContain(
      'Nothing new: gold already holds every span at least 2 of 3 agree on (1 document checked).',
    );
  });

  it('takes the annotators and k, and prints JSON when asked', () => {
    const report = JSON.parse(
      runCliOk(['adjudicate', project, '--annotators', 'cy, bo', '--min-agree', '1', '--json']).stdout,
    ) as AutoMergeReport;
    expect(report).toEqual({
      annotators: ['cy', 'bo'],
      k: 1,
      documentsChecked: 1,
      documents: [{ document: 'd1', spans: 3, relations: 0 }],
      spansAccepted: 3,
      relationsAccepted: 0,
      disagreementsLeft: 0,
    });
  });

  it('exits with a one-line reason when k is out of range or not a number', () => {
    const tooMany = runCli(['adjudicate', project, '--min-agree', '4']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe('error: k is 4 but only 3 annotators are compared; give a k from 1 to 3\n');
    const notANumber = runCli(['adjudicate', project, '--min-agree', 'two']);
    expect(notANumber.code).not.toBe(0);
    expect(notANumber.stderr).toMatch(/give how many annotators must agree, a whole number from 1 up \(see --help\)/);
  });

  it('builds a gold annotator that exports like any other, with code-point offsets into the exact text', () => {
    runCliOk(['adjudicate', project]);
    const out = join(temp.dir, 'gold.jsonl');
    runCliOk(['export', project, '--format', 'jsonl', '--annotator', 'gold', '--out', out]);
    const [line] = readFileSync(out, 'utf8').trim().split('\n');
    const exported = JSON.parse(line!) as {
      text: string;
      spans: { id: string; start: number; end: number; label: string; annotator: string }[];
    };
    expect(exported.text).toBe(MULTILINGUAL_TEXT);
    expect(exported.spans.map((s) => [s.id, s.annotator, s.label, pySlice(exported.text, s.start, s.end)])).toEqual([
      ['gold:a1', 'gold', 'opinion', '👋🏽 world'],
      ['gold:a2', 'gold', 'claim', 'The minister said'],
    ]);
  });
});
