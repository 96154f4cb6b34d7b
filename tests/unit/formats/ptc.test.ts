import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../shared/formats/codec';
import type { NativeDocument } from '../../../shared/formats/native';
import { ptcArticleId, ptcCodec } from '../../../shared/formats/ptc';
import { codePointLength, sliceCodePoints } from '../../../shared/offsets';
import { folderFiles, parseClean, splitParse } from '../../helpers/codecFiles';
import { exportContext, memoryFile, recordingSink } from '../../helpers/codecIo';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { realdata } from '../../helpers/realdata';

const PTC = realdata('ptc');
const SEMEVAL = realdata('semeval2023_task3');
const LANGUAGES = ['en', 'fr', 'ge', 'it', 'po', 'ru'];

function ptcFiles(labelFolder: string): InputFile[] {
  return folderFiles(PTC, (name) => name.startsWith('train-articles/') || name.startsWith(`${labelFolder}/`));
}

function semevalFiles(language: string): InputFile[] {
  return folderFiles(`${SEMEVAL}/${language}`);
}

function documentsOf(files: InputFile[]): NativeDocument[] {
  return parseClean(ptcCodec, files).map((item) => item.document);
}

function exportLabels(
  documents: NativeDocument[],
  offsets: 'codepoint' | 'utf16' = 'codepoint',
): { output: string; warnings: string[] } {
  const sink = recordingSink();
  const context = exportContext(offsets);
  ptcCodec.write(documents, sink, context);
  return { output: sink.output(), warnings: context.warnings };
}

/** The checks of realdata/_tools/_verify_ptc.py, on code points: in range, non-empty, same as Python's text[s:e]. */
function expectSpansLikePython(documents: NativeDocument[]): {
  spans: number;
  byteSlicesDiffer: number;
  whitespaceEdges: number;
  multiLine: number;
} {
  const stats = { spans: 0, byteSlicesDiffer: 0, whitespaceEdges: 0, multiLine: 0 };
  for (const document of documents) {
    const length = codePointLength(document.text);
    const bytes = Buffer.from(document.text, 'utf8');
    for (const span of document.spans) {
      stats.spans++;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.start).toBeLessThan(span.end);
      expect(span.end).toBeLessThanOrEqual(length);
      const covered = sliceCodePoints(document.text, span.start, span.end);
      expect(covered).toBe(pySlice(document.text, span.start, span.end));
      expect(covered.length).toBeGreaterThan(0);
      // A span never starts or ends inside a surrogate pair: its text is whole characters.
      expect(/\p{Cs}/u.test(covered)).toBe(false);
      if (bytes.subarray(span.start, span.end).toString('utf8') !== covered) stats.byteSlicesDiffer++;
      if (covered !== covered.trim()) stats.whitespaceEdges++;
      if (covered.includes('\n')) stats.multiLine++;
    }
  }
  return stats;
}

function sortedLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/u, ''))
    .filter((line) => line !== '')
    .sort();
}

function originalLabelLines(folder: string): string[] {
  return folderFiles(folder).flatMap((file) => sortedLines(readFileSync(file.path, 'utf8')));
}

describe('ptcCodec.accepts and article names', () => {
  it('takes label files and article texts but not READMEs or notes', () => {
    expect(ptcCodec.accepts('train-labels-task2-technique-classification/article111111111.task2-TC.labels')).toBe(true);
    expect(ptcCodec.accepts('train-labels-subtask-3-spans/article2380-labels-subtask-3.txt')).toBe(true);
    expect(ptcCodec.accepts('train-articles/article111111111.txt')).toBe(true);
    expect(ptcCodec.accepts('dev.tsv')).toBe(true);
    expect(ptcCodec.accepts('README.txt')).toBe(false);
    expect(ptcCodec.accepts('NOTES.md')).toBe(false);
  });

  it('tells article texts from SemEval-2023 label files, which also end in .txt', () => {
    expect(ptcArticleId('train-articles-subtask-3/article2380.txt')).toBe('2380');
    expect(ptcArticleId('train-labels-subtask-3-spans/article2380-labels-subtask-3.txt')).toBeNull();
    expect(ptcArticleId('article111111111.task1-SI.labels')).toBeNull();
  });
});

describe('ptcCodec.parse on the real PTC sample', () => {
  it('reads 40 articles and all 509 technique labels at the code points Python uses', () => {
    const documents = documentsOf(ptcFiles('train-labels-task2-technique-classification'));
    expect(documents).toHaveLength(40);
    const stats = expectSpansLikePython(documents);
    // The numbers realdata/_tools/_verify_ptc.py prints for this sample.
    expect(stats).toEqual({ spans: 509, byteSlicesDiffer: 442, whitespaceEdges: 0, multiLine: 19 });
  });

  it('keeps the id without "article" and passes the technique through as the label', () => {
    const documents = documentsOf(ptcFiles('train-labels-task2-technique-classification'));
    const document = documents.find((candidate) => candidate.id === '738207834')!;
    const span = document.spans.find((candidate) => candidate.start === 2039 && candidate.end === 2092)!;
    expect(span.label).toBe('Loaded_Language');
    expect(span.technique).toBeUndefined();
    expect(sliceCodePoints(document.text, span.start, span.end)).toBe(
      'absurd responses to serious questions of grave import',
    );
  });

  it('keeps the genuine quirk of a span that ends one letter into the next sentence', () => {
    const documents = documentsOf(ptcFiles('train-labels-task2-technique-classification'));
    const document = documents.find((candidate) => candidate.id === '755459860')!;
    const span = document.spans.find((candidate) => candidate.start === 7222 && candidate.end === 7241)!;
    expect(sliceCodePoints(document.text, span.start, span.end).endsWith('\nT')).toBe(true);
  });

  it('reads span-identification lines (no technique) as propaganda spans', () => {
    const documents = documentsOf(ptcFiles('train-labels-task1-span-identification'));
    const stats = expectSpansLikePython(documents);
    expect(stats.spans).toBe(465);
    expect(new Set(documents.flatMap((document) => document.spans.map((span) => span.label)))).toEqual(
      new Set(['propaganda']),
    );
  });

  it('gives an article whose label file is empty a document with no spans', () => {
    const documents = documentsOf(ptcFiles('train-labels-task2-technique-classification'));
    expect(documents.find((document) => document.id === '725238842')!.spans).toEqual([]);
  });
});

describe('ptcCodec.parse on the real SemEval-2023 Task 3 sample', () => {
  it('reads all six languages, 494 labels, at Python code points', () => {
    const documents = LANGUAGES.flatMap((language) => documentsOf(semevalFiles(language)));
    expect(documents).toHaveLength(30);
    expect(expectSpansLikePython(documents).spans).toBe(494);
  });

  it('applies offsets that count the \\r of CRLF line ends to the text as stored', () => {
    const documents = documentsOf(semevalFiles('ge'));
    const document = documents.find((candidate) => candidate.id === '2249')!;
    expect(document.text).toContain('\r\n');
    const span = document.spans.find((candidate) => candidate.start === 840)!;
    expect(span).toMatchObject({ end: 863, label: 'Name_Calling-Labeling' });
    expect(sliceCodePoints(document.text, 840, 863)).toBe('kommunistischen Ostbock');
    // Normalising the line ends first would have moved the span.
    expect(sliceCodePoints(document.text.replaceAll('\r\n', '\n'), 840, 863)).not.toBe('kommunistischen Ostbock');
  });

  it('finds CRLF in 12 of the 20 non-English articles and keeps every one of them', () => {
    const documents = LANGUAGES.filter((language) => language !== 'en').flatMap((language) =>
      documentsOf(semevalFiles(language)),
    );
    expect(documents).toHaveLength(20);
    expect(documents.filter((document) => document.text.includes('\r\n'))).toHaveLength(12);
  });
});

describe('ptcCodec.parse on own samples', () => {
  const text = MULTILINGUAL_TEXT;

  it('reads emoji, CJK, Arabic and CRLF text at code-point offsets', () => {
    const wave = codePointRange(text, '👋🏽');
    const chinese = codePointRange(text, '中文的主张');
    const arabic = codePointRange(text, 'هذا ادعاء');
    const last = codePointRange(text, 'Last line 😀');
    const labels = [
      `7\tLoaded_Language\t${wave.start}\t${wave.end}`,
      `7\tDoubt\t${chinese.start}\t${chinese.end}`,
      `7\t${arabic.start}\t${arabic.end}`,
      `7\tSlogans\t${last.start}\t${last.end}`,
    ].join('\r\n');
    const [item] = parseClean(ptcCodec, [memoryFile('article7.txt', text), memoryFile('labels.tsv', `${labels}\r\n`)]);
    const document = item!.document;
    expect(document.id).toBe('7');
    expect(document.spans.map((span) => [span.label, sliceCodePoints(text, span.start, span.end)])).toEqual([
      ['Loaded_Language', '👋🏽'],
      ['Doubt', '中文的主张'],
      ['propaganda', 'هذا ادعاء'],
      ['Slogans', 'Last line 😀'],
    ]);
  });

  it('reads label files given before the articles they belong to', () => {
    const items = parseClean(ptcCodec, [
      memoryFile('a.labels', '1\tDoubt\t0\t5\n'),
      memoryFile('article1.txt', 'Hello world'),
    ]);
    expect(items[0]!.document.spans).toEqual([{ start: 0, end: 5, label: 'Doubt' }]);
  });

  it('reports every kind of bad label line with its file and line', () => {
    const labels = [
      '1\tDoubt\t0\t5',
      '1\tDoubt\t0',
      '1\tDoubt\tzero\t5',
      '1\tDoubt\t0\t-5',
      '\tDoubt\t0\t5',
      '1\t\t0\t5',
      '1\ta\tb\tc\td',
    ].join('\n');
    const { documents, errors } = splitParse(ptcCodec, [
      memoryFile('article1.txt', 'Hello world'),
      memoryFile('bad.labels', labels),
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/^bad\.labels:2: start offset "Doubt" is not a whole number/u),
      expect.stringMatching(/^bad\.labels:3: start offset "zero" is not a whole number/u),
      expect.stringMatching(/^bad\.labels:4: end offset "-5" is not a whole number/u),
      expect.stringMatching(/^bad\.labels:5: the article id \(first column\) is empty/u),
      expect.stringMatching(/^bad\.labels:6: the technique \(second column\) is empty/u),
      expect.stringMatching(/^bad\.labels:7: expected 3 or 4 tab-separated columns, found 5/u),
    ]);
    expect(documents[0]!.document.spans).toEqual([{ start: 0, end: 5, label: 'Doubt' }]);
  });

  it('names the first line of labels whose article text is missing', () => {
    const labels = '1\tDoubt\t0\t5\n2\tDoubt\t0\t5\n2\tSlogans\t1\t3\n';
    const { documents, errors } = splitParse(ptcCodec, [
      memoryFile('article1.txt', 'Hello world'),
      memoryFile('x.labels', labels),
    ]);
    expect(documents.map((item) => item.document.id)).toEqual(['1']);
    expect(errors).toEqual([
      'x.labels:2: no article text for id "2" (this and 1 more label line(s)); add article2.txt to the import',
    ]);
  });

  it('refuses two articles with the same id', () => {
    const { documents, errors } = splitParse(ptcCodec, [
      memoryFile('en/article1.txt', 'One'),
      memoryFile('fr/article1.txt', 'Un'),
    ]);
    expect(documents.map((item) => item.document.text)).toEqual(['One']);
    expect(errors).toEqual(['fr/article1.txt: article id "1" is also given by en/article1.txt; import one of them']);
  });
});

describe('ptcCodec.write', () => {
  const text = MULTILINGUAL_TEXT;
  const wave = codePointRange(text, '👋🏽');
  const last = codePointRange(text, 'Last line 😀');
  const document: NativeDocument = {
    id: '7',
    title: 't',
    text,
    meta: {},
    spans: [
      { id: 's2', start: last.start, end: last.end, label: 'claim', annotator: 'ann', note: 'check' },
      {
        id: 's1',
        start: wave.start,
        end: wave.end,
        label: 'propaganda',
        technique: 'Name_Calling,Labeling',
        annotator: 'bob',
      },
      { id: 's3', start: wave.start, end: wave.end, label: 'propaganda' },
    ],
    relations: [{ type: 'supports', from: 's1', to: 's2' }],
    status: {},
  };

  it('writes one 4-column line a span, technique else label, sorted by start', () => {
    const { output } = exportLabels([document]);
    expect(output).toBe(
      [
        `7\tName_Calling,Labeling\t${wave.start}\t${wave.end}`,
        `7\tpropaganda\t${wave.start}\t${wave.end}`,
        `7\tclaim\t${last.start}\t${last.end}`,
        '',
      ].join('\n'),
    );
  });

  it('honours --offsets utf16, counting the emoji as two units', () => {
    expect(ptcCodec.unitFor('utf16')).toBe('utf16');
    const { output } = exportLabels([document], 'utf16');
    const firstLine = output.split('\n')[0]!.split('\t');
    const utf16Start = text.indexOf('👋🏽');
    expect(firstLine.slice(2)).toEqual([String(utf16Start), String(utf16Start + '👋🏽'.length)]);
    expect(Number(firstLine[3]) - Number(firstLine[2])).toBe(4);
  });

  it('warns about what a label file cannot hold', () => {
    const { warnings } = exportLabels([document]);
    expect(warnings).toEqual([
      'PTC label files have no relations: 1 relation(s) were not written',
      'PTC label files have no notes: 1 span note(s) were not written',
      expect.stringContaining('1 document(s) had spans by several annotators'),
    ]);
  });

  it('skips, with a warning, a span whose label would break the TSV', () => {
    const broken = { ...document, spans: [{ start: 0, end: 1, label: 'two\tcolumns' }], relations: [] };
    const { output, warnings } = exportLabels([broken]);
    expect(output).toBe('');
    expect(warnings[0]).toMatch(/^1 span\(s\) were not written/u);
  });
});

describe('ptcCodec round trip', () => {
  it('exports the real PTC labels as the same lines, and export → parse → export is identical', () => {
    const documents = documentsOf(ptcFiles('train-labels-task2-technique-classification'));
    const first = exportLabels(documents).output;
    expect(sortedLines(first)).toEqual(originalLabelLines(`${PTC}/train-labels-task2-technique-classification`));
    const articles = ptcFiles('none');
    const again = documentsOf([...articles, memoryFile('exported.labels', first)]);
    expect(exportLabels(again).output).toBe(first);
  });

  it('turns span-only lines into 4-column propaganda lines that read back the same', () => {
    const documents = documentsOf(ptcFiles('train-labels-task1-span-identification'));
    const first = exportLabels(documents).output;
    const expected = originalLabelLines(`${PTC}/train-labels-task1-span-identification`).map((line) => {
      const [id, start, end] = line.split('\t');
      return `${id}\tpropaganda\t${start}\t${end}`;
    });
    expect(sortedLines(first)).toEqual(expected.sort());
    const again = documentsOf([...ptcFiles('none'), memoryFile('exported.labels', first)]);
    expect(exportLabels(again).output).toBe(first);
  });

  it('round-trips the SemEval-2023 labels, CRLF articles included', () => {
    for (const language of LANGUAGES) {
      const files = semevalFiles(language);
      const documents = documentsOf(files);
      const first = exportLabels(documents).output;
      expect(sortedLines(first)).toEqual(originalLabelLines(`${SEMEVAL}/${language}/train-labels-subtask-3-spans`));
      const articles = files.filter((file) => ptcArticleId(file.name) !== null);
      const again = documentsOf([...articles, memoryFile('exported.tsv', first)]);
      expect(exportLabels(again).output).toBe(first);
    }
  });
});
