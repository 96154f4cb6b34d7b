import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conllCodec } from '../../../shared/formats/conll';
import { CONLL_TEXT_META, outermostSpans } from '../../../shared/formats/conllTags';
import type { NativeDocument, NativeSpan } from '../../../shared/formats/native';
import { codePointLength, sliceCodePoints } from '../../../shared/offsets';
import { diskFile, memoryFile } from '../../helpers/codecIo';
import { exportAll, nativeDocument, parseAll, parseValid } from '../../helpers/codecRuns';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { realdata } from '../../helpers/realdata';

const fixture = (name: string) =>
  realdata('formats', 'doccano', 'data_import', 'tests', 'data', 'sequence_labeling', name);
const REBUILT = { [CONLL_TEXT_META.key]: CONLL_TEXT_META.value };

function quotes(document: NativeDocument): [string, string][] {
  return document.spans.map((span) => [span.label, sliceCodePoints(document.text, span.start, span.end)]);
}

function roundTrip(documents: NativeDocument[]): { first: string; second: string; parsed: NativeDocument[] } {
  const first = exportAll(conllCodec, documents).output;
  const parsed = parseValid(conllCodec, [memoryFile('out.conll', first)]);
  return { first, second: exportAll(conllCodec, parsed).output, parsed };
}

/** Checks BIO well-formedness: every I-X follows a B-X or I-X in the same sentence. */
function misplacedInsideTags(output: string): string[] {
  const problems: string[] = [];
  let previous = 'O';
  for (const line of output.split('\n')) {
    const tag = line === '' ? 'O' : line.split('\t').at(-1)!;
    if (tag.startsWith('I-') && previous.slice(2) !== tag.slice(2)) problems.push(`${previous} → ${line}`);
    previous = line.startsWith('-DOCSTART-') ? 'O' : tag;
  }
  return problems;
}

/** PTC training articles with their technique spans, read directly from the release files. */
function ptcDocuments(): NativeDocument[] {
  const articles = realdata('ptc', 'train-articles');
  return readdirSync(articles).map((name) => {
    const id = name.replace(/^article|\.txt$/gu, '');
    const labels = readFileSync(
      realdata('ptc', 'train-labels-task2-technique-classification', `article${id}.task2-TC.labels`),
      'utf8',
    );
    const spans = labels
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): NativeSpan => {
        const [, technique, start, end] = line.split('\t');
        return { start: Number(start), end: Number(end), label: 'propaganda', technique: technique! };
      });
    return nativeDocument(id, readFileSync(`${articles}/${name}`, 'utf8'), spans);
  });
}

describe("CoNLL import of doccano's fixtures", () => {
  it('reads a two-sentence file as one document named after the file, text rebuilt from tokens', () => {
    const { parsed, errors } = parseAll(conllCodec, [diskFile(fixture('example.conll'))]);
    expect(errors).toEqual([]);
    expect(parsed.map((item) => [item.document.id, item.line])).toEqual([['example', 1]]);
    const document = parsed[0]!.document;
    expect(document.text).toBe('JAPAN GET\nNadim Ladki');
    expect(document.meta).toEqual(REBUILT);
    expect(quotes(document)).toEqual([
      ['LOC', 'JAPAN'],
      ['PER', 'Nadim Ladki'],
    ]);
  });

  it('reads a file with trailing blank lines', () => {
    const [document] = parseValid(conllCodec, [diskFile(fixture('labeling.trailing.conll'))]);
    expect(document!.id).toBe('labeling.trailing');
    expect(document!.text).toBe('SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .');
    expect(quotes(document!)).toEqual([
      ['LOC', 'JAPAN'],
      ['PER', 'CHINA'],
    ]);
  });

  it('rejects the invalid fixture at its first line, whose last column is not a tag', () => {
    const path = fixture('labeling.invalid.conll');
    const { parsed, errors } = parseAll(conllCodec, [diskFile(path)]);
    expect(parsed).toEqual([]);
    expect(errors).toEqual([`${path}:1: tag "SOCCERO" is not BIO; use O, B-<label> or I-<label> in the last column`]);
  });
});

describe('CoNLL import of own samples', () => {
  it('splits documents at -DOCSTART-, reads the last of several columns and CRLF lines, numbers the documents', () => {
    const content = [
      '-DOCSTART- -X- -X- O',
      '',
      'EU NNP B-NP B-ORG',
      'rejects VBZ B-VP O',
      'German JJ B-NP B-MISC',
      '',
      '-DOCSTART- -X- -X- O',
      '',
      'Peter NNP B-NP B-PER',
      'Blackburn NNP I-NP I-PER',
      '',
    ].join('\r\n');
    const { parsed, errors } = parseAll(conllCodec, [memoryFile('corpus/train.txt', content)]);
    expect(errors).toEqual([]);
    expect(parsed.map((item) => [item.document.id, item.line, item.document.text])).toEqual([
      ['train-1', 1, 'EU rejects German'],
      ['train-2', 7, 'Peter Blackburn'],
    ]);
    expect(parsed.map((item) => quotes(item.document))).toEqual([
      [
        ['ORG', 'EU'],
        ['MISC', 'German'],
      ],
      [['PER', 'Peter Blackburn']],
    ]);
  });

  it('starts a span at an I- that follows O or another label (IOB1) and reads BIOES / BILOU tags', () => {
    const content = [
      'a\tI-claim',
      'b\tI-claim',
      'c\tI-opinion',
      'd\tO',
      'e\tI-claim',
      '',
      'f\tS-claim',
      'g\tB-claim',
      'h\tE-claim',
      'i\tI-claim',
      'j\tU-opinion',
      'k\tL-opinion',
    ].join('\n');
    const [document] = parseValid(conllCodec, [memoryFile('iob.conll', content)]);
    expect(document!.text).toBe('a b c d e\nf g h i j k');
    expect(quotes(document!)).toEqual([
      ['claim', 'a b'],
      ['opinion', 'c'],
      ['claim', 'e'],
      ['claim', 'f'],
      ['claim', 'g h'],
      ['claim', 'i'],
      ['opinion', 'j'],
      ['opinion', 'k'],
    ]);
  });

  it('counts offsets in code points for emoji, CJK and Arabic tokens', () => {
    const content = [
      'Héllo\tO',
      '👋🏽\tB-claim',
      'world\tI-claim',
      '',
      '中文\tB-Loaded_Language',
      '的\tO',
      'مرحبا\tB-opinion',
      '😀\tB-evidence',
    ].join('\n');
    const [document] = parseValid(conllCodec, [memoryFile('m.conll', content)]);
    expect(document!.text).toBe('Héllo 👋🏽 world\n中文 的 مرحبا 😀');
    expect(quotes(document!)).toEqual([
      ['claim', '👋🏽 world'],
      ['Loaded_Language', '中文'],
      ['opinion', 'مرحبا'],
      ['evidence', '😀'],
    ]);
    expect(document!.spans.at(-1)).toMatchObject({
      start: codePointLength(document!.text) - 1,
      end: codePointLength(document!.text),
    });
  });
});

describe('CoNLL import errors name the file and line and skip only the broken document', () => {
  const cases: [string, string, RegExp][] = [
    ['a token without a tag', 'lonely', /bad\.conll:5: "lonely" has no tag/u],
    ['a tag that is not BIO', 'word\tX-claim', /bad\.conll:5: tag "X-claim" is not BIO/u],
    ['a bare prefix', 'word\tB-', /bad\.conll:5: tag "B-" is not BIO/u],
  ];
  for (const [name, badLine, message] of cases) {
    it(`rejects ${name}`, () => {
      const content = [
        '-DOCSTART-\tO',
        'one\tO',
        '-DOCSTART-\tO',
        'two\tO',
        badLine,
        '-DOCSTART-\tO',
        'three\tB-claim',
      ].join('\n');
      const { parsed, errors } = parseAll(conllCodec, [memoryFile('bad.conll', content)]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(parsed.map((item) => [item.document.id, item.document.text])).toEqual([
        ['bad-1', 'one'],
        ['bad-3', 'three'],
      ]);
    });
  }
});

describe('CoNLL export', () => {
  it('writes -DOCSTART-, then token<TAB>tag lines with a blank line after each sentence, techniques as labels', () => {
    const text = 'The minister lied. Vote now!';
    const document = nativeDocument('d', text, [
      { ...codePointRange(text, 'minister lied'), label: 'claim' },
      { ...codePointRange(text, 'Vote now'), label: 'propaganda', technique: 'Slogans' },
    ]);
    expect(exportAll(conllCodec, [document, nativeDocument('empty', '')]).output).toBe(
      [
        '-DOCSTART-\tO',
        '',
        'The\tO',
        'minister\tB-claim',
        'lied\tI-claim',
        '.\tO',
        '',
        'Vote\tB-Slogans',
        'now\tI-Slogans',
        '!\tO',
        '',
        '-DOCSTART-\tO',
        '',
        '',
      ].join('\n'),
    );
    expect(conllCodec.unitFor('utf16')).toBe('codepoint');
  });

  it('keeps the outermost of overlapping spans and warns once with the total count', () => {
    const text = 'alpha beta gamma delta';
    const span = (needle: string, label: string): NativeSpan => ({ ...codePointRange(text, needle), label });
    const document = nativeDocument('o', text, [
      span('beta', 'claim'),
      span('alpha beta gamma', 'opinion'),
      span('gamma delta', 'evidence'),
      span('delta', 'claim'),
    ]);
    expect(outermostSpans(document.spans).map((kept) => kept.label)).toEqual(['opinion', 'claim']);
    const { output, warnings } = exportAll(conllCodec, [document, document]);
    expect(output.split('\n').slice(2, 6)).toEqual([
      'alpha\tB-opinion',
      'beta\tI-opinion',
      'gamma\tI-opinion',
      'delta\tB-claim',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^CoNLL BIO gives each token one tag: 4 of 8 span\(s\)/u)]);
  });

  it('keeps spans that never overlap, and drops a span only for a kept one at least as long that overlaps it', () => {
    const spanArbitrary = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 10 }))
      .map(([start, size]): NativeSpan => ({ start, end: start + size, label: 'claim' }));
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 15 }), (spans) => {
        const kept = outermostSpans(spans);
        kept.forEach((span, index) => {
          if (index > 0) expect(kept[index - 1]!.end).toBeLessThanOrEqual(span.start);
        });
        for (const span of spans.filter((candidate) => !kept.includes(candidate))) {
          const blockers = kept.filter((other) => other.start < span.end && span.start < other.end);
          expect(blockers.some((other) => other.end - other.start >= span.end - span.start)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('restarts with B- in a new sentence and widens spans to whole tokens, saying so', () => {
    const text = 'One two. Three four';
    const document = nativeDocument(
      's',
      text,
      [{ ...codePointRange(text, 'wo. Three'), label: 'claim' }],
      [{ type: 'supports', from: 'a', to: 'b' }],
    );
    const { output, warnings } = exportAll(conllCodec, [document]);
    expect(output.split('\n').slice(2, 9)).toEqual([
      'One\tO',
      'two\tB-claim',
      '.\tI-claim',
      '',
      'Three\tB-claim',
      'four\tO',
      '',
    ]);
    expect(warnings).toEqual([
      '1 span(s) crossing a sentence break were written as one span per sentence',
      '1 span(s) starting or ending inside a token (or on a space) were written as whole tokens',
      'CoNLL BIO has no relations: 1 relation(s) were not written',
    ]);
  });

  it("writes an imported document with the file's own tokens, not re-segmented ones", () => {
    const content = '-DOCSTART-\tO\n\nThe\tO\nU.S.\tB-claim\narmy\tI-claim\n"\tO\n\n';
    const parsed = parseValid(conllCodec, [memoryFile('own.conll', content)]);
    expect(parsed[0]!.text).toBe('The U.S. army "');
    expect(exportAll(conllCodec, parsed).output).toBe(content);
    // The same text without the marker is segmented afresh: "U.S." becomes two tokens.
    const fresh = exportAll(conllCodec, [{ ...parsed[0]!, meta: {} }]).output;
    expect(fresh).toContain('U.S\tB-claim\n.\tI-claim\n');
  });

  it('never writes a token holding whitespace, even where the segmenter glues a space to a format character', () => {
    const text = 'zdejmowaniu \u00ADblokady of us \u202Chave';
    const { output } = exportAll(conllCodec, [nativeDocument('f', text)]);
    const tokens = output
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('-DOCSTART-'))
      .map((line) => line.split('\t')[0]!);
    expect(tokens).toEqual(['zdejmowaniu', '\u00AD', 'blokady', 'of', 'us', '\u202C', 'have']);
    for (const token of tokens) expect(token).not.toMatch(/\s/u);
  });
});

describe('CoNLL round trip: export → import → export gives the same bytes', () => {
  it('on emoji, CJK, Arabic and CRLF text with spans, an empty document included', () => {
    const spans: NativeSpan[] = [
      { ...codePointRange(MULTILINGUAL_TEXT, '👋🏽 world'), label: 'claim', annotator: 'ana' },
      { ...codePointRange(MULTILINGUAL_TEXT, '中文的主张'), label: 'propaganda', technique: 'Loaded_Language' },
      { ...codePointRange(MULTILINGUAL_TEXT, 'minister said 🇺🇳'), label: 'evidence' },
      { ...codePointRange(MULTILINGUAL_TEXT, 'بالعالم هذا'), label: 'opinion' },
    ];
    const { first, second, parsed } = roundTrip([
      nativeDocument('m', MULTILINGUAL_TEXT, spans),
      nativeDocument('e', ''),
    ]);
    expect(second).toBe(first);
    expect(parsed.map((document) => document.id)).toEqual(['out-1', 'out-2']);
    expect(quotes(parsed[0]!)).toEqual([
      ['claim', '👋🏽 world'],
      // The lossy first step: CJK words come back separated by spaces.
      ['Loaded_Language', '中文 的 主张'],
      ['evidence', 'minister said 🇺🇳'],
      ['opinion', 'بالعالم هذا'],
    ]);
    expect(parsed[1]!.text).toBe('');
  });

  it('on the 40 PTC training articles with their overlapping technique spans', () => {
    const documents = ptcDocuments();
    expect(documents).toHaveLength(40);
    const { first, second, parsed } = roundTrip(documents);
    expect(second).toBe(first);
    expect(misplacedInsideTags(first)).toEqual([]);
    expect(parsed).toHaveLength(40);
    // Every span read back covers exactly the tokens its B-/I- run tagged, with the technique as its label.
    const kept = parsed.flatMap((document) => quotes(document));
    expect(kept.length).toBeGreaterThan(200);
    for (const [label, quote] of kept) {
      expect(label).toMatch(/^[A-Z][A-Za-z_,-]+$/u);
      expect(quote.trim()).toBe(quote);
    }
  });

  it('holds for random spans on multilingual text, and I- always follows its own B- or I-', () => {
    const length = codePointLength(MULTILINGUAL_TEXT);
    const spanArbitrary = fc
      .tuple(
        fc.integer({ min: 0, max: length - 1 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('claim', 'opinion', 'Doubt'),
      )
      .map(([start, size, label]): NativeSpan => ({ start, end: Math.min(length, start + size), label }));
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 8 }), (spans) => {
        const { first, second } = roundTrip([nativeDocument('r', MULTILINGUAL_TEXT, spans)]);
        expect(misplacedInsideTags(first)).toEqual([]);
        expect(second).toBe(first);
      }),
      { numRuns: 60 },
    );
  });
});
