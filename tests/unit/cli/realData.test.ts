// Real files written by other projects, imported and exported through the CLI by path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../shared/offsets';
import { runCliOk } from '../../helpers/cli';
import { realdata } from '../../helpers/realdata';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'real.spanmark');
  runCliOk(['init', project]);
});
afterEach(() => temp.cleanup());

/** Every stored span's quote is text[start:end] in code points. */
function expectQuotesMatch(): number {
  const db = new Database(project, { readonly: true });
  const rows = db
    .prepare(
      'SELECT d.text, s.start_cp AS start, s.end_cp AS end, s.quote FROM spans s JOIN documents d ON d.id = s.document_id',
    )
    .all() as {
    text: string;
    start: number;
    end: number;
    quote: string;
  }[];
  db.close();
  for (const row of rows) expect(sliceCodePoints(row.text, row.start, row.end)).toBe(row.quote);
  return rows.length;
}

function labelLines(folder: string): string[] {
  return readdirSync(folder).flatMap((name) =>
    readFileSync(join(folder, name), 'utf8')
      .split(/\r?\n/u)
      .filter((line) => line.trim() !== ''),
  );
}

describe('real datasets through the CLI', () => {
  it('PTC: imports the 40 training articles with 509 technique labels and exports the same label lines', () => {
    const labels = realdata('ptc', 'train-labels-task2-technique-classification');
    runCliOk(['import', project, realdata('ptc', 'train-articles'), labels, '--format', 'ptc']);
    expect(expectQuotesMatch()).toBe(509);
    const out = join(temp.dir, 'out.tsv');
    runCliOk(['export', project, '--format', 'ptc', '--out', out]);
    const exported = readFileSync(out, 'utf8').trim().split('\n');
    expect(exported.sort()).toEqual(labelLines(labels).sort());
  });

  it('SemEval-2023 Task 3: imports span files in six languages, CRLF texts included, with exact offsets', () => {
    for (const language of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
      const folder = realdata('semeval2023_task3', language);
      runCliOk(['import', project, folder, '--format', 'ptc']);
    }
    expect(expectQuotesMatch()).toBe(494);
  });

  it('AAEC: imports the gold essays and three annotators’ brat files as separate annotators', () => {
    runCliOk(['import', project, realdata('aaec_multiannotator'), '--format', 'brat']);
    const stats = JSON.parse(runCliOk(['stats', project, '--json']).stdout) as {
      documents: number;
      annotators: string[];
      spans: number;
    };
    expect(stats.documents).toBe(3);
    expect(stats.annotators).toEqual(
      expect.arrayContaining(['Step1/annotator1', 'Step1/annotator2', 'Step1/annotator3']),
    );
    expect(expectQuotesMatch()).toBe(stats.spans);
  });

  it('brat example data: every T line’s text equals its slice after import and after export', () => {
    const corpus = realdata('formats', 'brat', 'corpora', 'BioNLP-ST_2011', 'BioNLP-ST_2011_GE');
    runCliOk(['import', project, corpus, '--format', 'brat']);
    expectQuotesMatch();
    const out = join(temp.dir, 'brat-out');
    runCliOk(['export', project, '--format', 'brat', '--out', out]);
    const ann = readFileSync(join(out, 'PMC-2065877-06-Results-05.ann'), 'utf8');
    const text = readFileSync(join(out, 'PMC-2065877-06-Results-05.txt'), 'utf8');
    expect(text).toBe(readFileSync(join(corpus, 'PMC-2065877-06-Results-05.txt'), 'utf8'));
    for (const line of ann.split('\n').filter((l) => /^T\d+\t/u.test(l))) {
      const [, typeAndRange, quote] = line.split('\t');
      const [, start, end] = typeAndRange!.split(' ');
      expect(sliceCodePoints(text, Number(start), Number(end))).toBe(quote);
    }
  });
});
