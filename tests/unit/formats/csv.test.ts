import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCodec } from '../../../shared/formats/csv';
import { sliceCodePoints } from '../../../shared/offsets';
import { exportAll, nativeDocument } from '../../helpers/codecRuns';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { surrogatePairsBefore } from '../../helpers/surrogatePairs';

const NASTY_TEXT = 'He said, "no way",\r\nthen left; =SUM(A1) 😀 ok';

function rowsOf(output: string): string[][] {
  const parsed = Papa.parse<string[]>(output, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  const commaQuote = codePointRange(NASTY_TEXT, 'said, "no way",\r\nthen');
  const formula = codePointRange(NASTY_TEXT, '=SUM(A1) 😀');
  const wave = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
  const flag = codePointRange(MULTILINGUAL_TEXT, '🇺🇳 aid');
  const documents = [
    nativeDocument('d,1', NASTY_TEXT, [
      { id: 'a', ...commaQuote, label: 'claim', annotator: 'ana', note: 'a "note", with\nnewline' },
      { id: 'b', ...formula, label: 'propaganda', technique: 'Name_Calling,Labeling' },
    ]),
    nativeDocument('empty', 'No spans here.'),
    nativeDocument(
      'd2',
      MULTILINGUAL_TEXT,
      [
        { id: 'c', ...wave, label: 'opinion', annotator: 'bo' },
        { id: 'd', ...flag, label: 'evidence', annotator: 'bo' },
      ],
      [{ type: 'supports', from: 'd', to: 'c' }],
    ),
  ];

  it('writes the header then one row a span; quotes with commas, quotes, CRLF and formulas parse back exactly', () => {
    const { output } = exportAll(csvCodec, documents);
    expect(output.startsWith('document_id,annotator,label,technique,start,end,quote,note\r\n')).toBe(true);
    expect(rowsOf(output)).toEqual([
      [...CSV_COLUMNS],
      [
        'd,1',
        'ana',
        'claim',
        '',
        String(commaQuote.start),
        String(commaQuote.end),
        'said, "no way",\r\nthen',
        'a "note", with\nnewline',
      ],
      ['d,1', '', 'propaganda', 'Name_Calling,Labeling', String(formula.start), String(formula.end), '=SUM(A1) 😀', ''],
      ['d2', 'bo', 'opinion', '', String(wave.start), String(wave.end), '👋🏽 world', ''],
      ['d2', 'bo', 'evidence', '', String(flag.start), String(flag.end), '🇺🇳 aid', ''],
    ]);
  });

  it('gives code-point offsets whose Python-style slice is the quote', () => {
    const rows = rowsOf(exportAll(csvCodec, documents).output).slice(1);
    const texts = new Map(documents.map((document) => [document.id, document.text]));
    for (const [id, , , , start, end, quote] of rows) {
      expect(sliceCodePoints(texts.get(id!)!, Number(start), Number(end))).toBe(quote);
    }
  });

  it('round-trips through a CSV parser: parse and unparse again give the same bytes', () => {
    const { output } = exportAll(csvCodec, documents);
    expect(`${Papa.unparse(rowsOf(output), { newline: '\r\n' })}\r\n`).toBe(output);
  });

  it('writes UTF-16 offsets on request, larger by the surrogate pairs before them', () => {
    const codePoints = rowsOf(exportAll(csvCodec, documents).output).slice(1);
    const utf16 = rowsOf(exportAll(csvCodec, documents, 'utf16').output).slice(1);
    const texts = new Map(documents.map((document) => [document.id, document.text]));
    expect(utf16.map((row, index) => Number(row[4]) - Number(codePoints[index]![4]))).toEqual([0, 0, 0, 2]);
    expect(utf16.map((row, index) => Number(row[5]) - Number(codePoints[index]![5]))).toEqual([0, 1, 2, 4]);
    utf16.forEach((row, index) => {
      const text = texts.get(row[0]!)!;
      expect(Number(row[5])).toBe(
        Number(codePoints[index]![5]) + surrogatePairsBefore(text, Number(codePoints[index]![5])),
      );
      expect(text.slice(Number(row[4]), Number(row[5]))).toBe(row[6]);
    });
    expect(csvCodec.unitFor('utf16')).toBe('utf16');
  });

  it('warns once with the number of relations it cannot write, and writes only the header for no spans', () => {
    expect(exportAll(csvCodec, documents).warnings).toEqual([
      'CSV has one row a span and no place for relations: 1 relation(s) were not written',
    ]);
    expect(exportAll(csvCodec, [nativeDocument('x', 'text')])).toEqual({
      output: 'document_id,annotator,label,technique,start,end,quote,note\r\n',
      warnings: [],
    });
  });
});
