import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../shared/formats/codec';
import type { NativeDocument, NativeSpan } from '../../../shared/formats/native';
import { webannoCodec } from '../../../shared/formats/webanno';
import {
  escapeWebannoText,
  escapeWebannoValue,
  unescapeWebannoText,
  unescapeWebannoValue,
} from '../../../shared/formats/webannoEscape';
import { sliceCodePoints } from '../../../shared/offsets';
import { tokenize } from '../../../shared/textSegments';
import { folderFiles, parseClean, splitParse } from '../../helpers/codecFiles';
import { diskFile, exportContext, memoryFile, recordingSink } from '../../helpers/codecIo';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { realdata } from '../../helpers/realdata';

const WEBANNO = realdata('formats/webanno_tsv');
const SUITE = `${WEBANNO}/inception-tsv3-suite`;
const HEADER = '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n';

function fixture(name: string): NativeDocument {
  const [item] = parseClean(webannoCodec, [diskFile(`${SUITE}/${name}.tsv`, `${name}.tsv`)]);
  return item!.document;
}

/** Each span as [label, covered text, start, end] in code points. */
function covered(document: NativeDocument): [string, string, number, number][] {
  return document.spans.map((span) => [
    span.label,
    sliceCodePoints(document.text, span.start, span.end),
    span.start,
    span.end,
  ]);
}

function exportTsv(documents: NativeDocument[]): { files: Map<string, string>; warnings: string[] } {
  const sink = recordingSink();
  const context = exportContext();
  webannoCodec.write(documents, sink, context);
  return { files: sink.files, warnings: context.warnings };
}

function reparse(files: Map<string, string>): NativeDocument[] {
  const inputs: InputFile[] = [...files].map(([name, content]) => memoryFile(name, content));
  return parseClean(webannoCodec, inputs).map((item) => item.document);
}

function errorsOf(tsv: string): string[] {
  return splitParse(webannoCodec, [memoryFile('bad.tsv', tsv)]).errors;
}

describe('webannoCodec.parse on the INCEpTION TSV 3 test suite', () => {
  it('reads an emoji token at UTF-16 10-12 as code points 10-11', () => {
    const document = fixture('testSentenceWithEmoji');
    expect(document.text).toBe('I like it 😊 .');
    expect(covered(document)).toEqual([['Span', '😊', 10, 11]]);
  });

  it('joins the #Text lines of one sentence with a line break', () => {
    const document = fixture('testSentenceWithLineBreak');
    expect(document.text).toBe('This is\na test .');
    expect(covered(document)).toEqual([['Span', 'This', 0, 4]]);
  });

  it('unescapes \\t in #Text to a tab', () => {
    expect(fixture('testSentenceWithTab').text).toBe('This is\ta test .');
  });

  it('keeps two spaces between tokens that the #Text line has', () => {
    const document = fixture('testAnnotationWithLeadingWhitespace');
    expect(document.text).toBe('one  two');
    // No value in the value column: the label is the layer's name.
    expect(covered(document)).toEqual([['NamedEntity', 'two', 5, 8]]);
  });

  it('rebuilds a span across sentences from its [1] id', () => {
    const document = fixture('testCrossSentenceSpanWithFeatureValue');
    expect(document.text).toBe('He loves her .\nShe loves him not .');
    expect(covered(document)).toEqual([['PERSON', document.text, 0, 34]]);
  });

  it('reads stacked spans without values as two spans', () => {
    expect(covered(fixture('testMultiTokenStackedSpanWithoutFeatureValue'))).toEqual([
      ['Span', 'This is a test .', 0, 16],
      ['Span', 'This is a test .', 0, 16],
    ]);
  });

  it('reads each token of an unnumbered value as its own span, whatever characters the value has', () => {
    const label = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity:value';
    expect(covered(fixture('testTokenBoundedSpanWithNastyFeatureValue')).map(([value, text]) => [value, text])).toEqual(
      ['This', 'is', 'a', 'test', '.'].map((token) => [label, token]),
    );
  });

  it('reads spans over sub-tokens with their exact offsets', () => {
    expect(covered(fixture('testSubMultiTokenSpanWithoutFeatureValue2'))).toEqual([['Span', 'his i', 1, 6]]);
  });

  it('reads twelve stacked sub-token spans, and reports the six zero-length ones by line', () => {
    const file = diskFile(`${SUITE}/testStackedSubMultiTokenSpanWithFeatureValue.tsv`, 'stacked.tsv');
    const { documents, errors } = splitParse(webannoCodec, [file]);
    const spans = covered(documents[0]!.document).map(([label, text]) => `${label}:${text}`);
    expect(spans.sort()).toEqual(
      [
        '1a:aaaaaa',
        '1b:aaaaaa',
        '2a:aaaaaa bbbbbb',
        '2b:aaaaaa bbbbbb',
        '3a:b',
        '3b:b',
        '4a:bbb',
        '4b:bbb',
        '5a:bbbb',
        '5b:bbbb',
        '6a:aaa bbbbbb',
        '6b:aaa bbbbbb',
        '7a:aaaaaa bbb',
        '7b:aaaaaa bbb',
        '8a:aaa bbb',
        '8b:aaa bbb',
        '9a:aaa bbbbbb ccc',
        '9b:aaa bbbbbb ccc',
      ].sort(),
    );
    expect(errors).toEqual([
      `${file.path}:10: a zero-length Span annotation at 7 cannot be stored (a span needs start < end); it is left out`,
      `${file.path}:10: a zero-length Span annotation at 7 cannot be stored (a span needs start < end); it is left out`,
      `${file.path}:13: a zero-length Span annotation at 10 cannot be stored (a span needs start < end); it is left out`,
      `${file.path}:13: a zero-length Span annotation at 10 cannot be stored (a span needs start < end); it is left out`,
      `${file.path}:14: a zero-length Span annotation at 13 cannot be stored (a span needs start < end); it is left out`,
      `${file.path}:14: a zero-length Span annotation at 13 cannot be stored (a span needs start < end); it is left out`,
    ]);
  });

  it('reports zero-length spans as errors before the document, which comes without them', () => {
    const file = diskFile(`${SUITE}/testZeroLengthSpansWithoutFeatures.tsv`, 'zero.tsv');
    const all = [...webannoCodec.parse([file])];
    expect(all.map((item) => ('error' in item ? item.error.line : 'document'))).toEqual([7, 12, 'document']);
    const last = all[2]!;
    expect('document' in last && last.document.spans).toEqual([]);
  });

  it('reads a dependency relation over POS spans, the one case where a token-level layer is read', () => {
    const document = fixture('testDependencyWithValues');
    expect(covered(document)).toEqual([
      ['POS1', 'This', 0, 4],
      ['POS2', 'is', 5, 7],
    ]);
    expect(document.relations).toEqual([{ type: 'Dependency', from: '1-1', to: '1-2' }]);
    expect(document.spans.map((span) => span.id)).toEqual(['1-1', '1-2']);
  });

  it('leaves out relations between tokens and lists the layer in meta', () => {
    const document = fixture('testSingleTokenRelationWithMultipleFeatureValues');
    expect(document.relations).toEqual([]);
    expect(document.meta).toEqual({ webanno_skipped_layers: ['webanno.custom.ComplexRelation'] });
  });
});

describe('webannoCodec.parse on the webanno_tsv library samples', () => {
  it('reads entity spans with umlauts, skipping the POS and lemma layers', () => {
    const [item] = parseClean(webannoCodec, [diskFile(`${WEBANNO}/test_input.tsv`, 'test_input.tsv')]);
    const document = item!.document;
    expect(document.meta).toEqual({
      webanno_skipped_layers: [
        'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS',
        'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma',
      ],
    });
    expect(document.text.split('\n')[1]!.startsWith('Von den anderen schönen Gefäßen')).toBe(true);
    expect(covered(document)).toContainEqual(['OBJ', 'Kampf des Herkules mit dem Achelous', 164, 199]);
    expect(covered(document)).toContainEqual(['DATEletter', '23 . Juli 1835', 41, 55]);
    expect(
      covered(document)
        .filter(([label]) => label === 'PERmentioned')
        .map(([, text]) => text),
    ).toEqual(['Herkules', 'Achelous']);
  });

  it('reads a sentence of two #Text lines and a span over the line break', () => {
    const [item] = parseClean(webannoCodec, [diskFile(`${WEBANNO}/test_input_v3.3.tsv`, 'v3.tsv')]);
    const document = item!.document;
    expect(covered(document)).toContainEqual(['DATEletter', '10.\nMärz 1832', 26, 39]);
    expect(covered(document)).toContainEqual(['per-mentioned', 'Bernhardischen', 212, 226]);
    expect(covered(document)).toContainEqual(['LIT', 'Scriptores hist., August', 244, 268]);
  });

  it('refuses samples whose offsets do not match their #Text', () => {
    const files = ['test_input_quotes.tsv', 'test_input_multi_sentence_span.tsv'].map((name) =>
      diskFile(`${WEBANNO}/${name}`, name),
    );
    const { documents, errors } = splitParse(webannoCodec, files);
    expect(documents).toEqual([]);
    expect(errors).toEqual([
      `${files[0]!.path}:8: token "a" does not match the sentence text at 0-1 ("=")`,
      `${files[1]!.path}:8: token "a" does not match the sentence text at 0-1 ("=")`,
    ]);
  });

  it('refuses WebAnno TSV 2 files with a hint to re-export', () => {
    const files = folderFiles(`${WEBANNO}/inception-agreement`);
    const { errors } = splitParse(webannoCodec, files);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(
      /kappaarcdiff\.tsv:1: not a WebAnno TSV 3 file: .* older WebAnno TSV 2 format; .* export it as WebAnno TSV 3\.3$/u,
    );
  });
});

describe('webannoCodec.parse: bad input', () => {
  const cases: [string, string, string][] = [
    ['no format line', '#T_SP=x|value\n', 'bad.tsv:1: not a WebAnno TSV 3 file'],
    ['too few columns', `${HEADER}#Text=ab\n1-1\t0-2\tab\n`, 'bad.tsv:6: expected 4 tab-separated columns'],
    ['a bad token id', `${HEADER}#Text=ab\n1\t0-2\tab\t_\n`, 'bad.tsv:6: "1" is not a token id'],
    ['bad offsets', `${HEADER}#Text=ab\n1-1\t0:2\tab\t_\n`, 'bad.tsv:6: "0:2" is not a begin-end offset pair'],
    ['reversed offsets', `${HEADER}#Text=ab\n1-1\t2-0\tab\t_\n`, 'bad.tsv:6: token offsets 2-0 end before they begin'],
    ['a token before any #Text', `${HEADER}1-1\t0-2\tab\t_\n`, 'bad.tsv:5: token lines must follow the #Text line(s)'],
    [
      'a sub-token without its token',
      `${HEADER}#Text=ab\n1-1.1\t0-1\ta\t_\n`,
      'bad.tsv:6: sub-token 1-1.1 must follow the line of token 1-1',
    ],
    [
      'a token outside its sentence',
      `${HEADER}#Text=ab\n1-1\t0-3\tab\t_\n`,
      'bad.tsv:6: token offsets 0-3 lie outside their sentence (0-2)',
    ],
    [
      'offsets counted per sentence',
      `${HEADER}#Text=ab\n1-1\t0-2\tab\t_\n\n#Text=cd\n2-1\t0-2\tcd\t_\n`,
      'bad.tsv:9: the sentence starts at 0, before the end of the text so far (2)',
    ],
    [
      'a token that is not the text',
      `${HEADER}#Text=ab\n1-1\t0-2\tcd\t_\n`,
      'bad.tsv:6: token "cd" does not match the sentence text at 0-2 ("ab")',
    ],
    [
      'a header among tokens',
      `${HEADER}#Text=ab\n1-1\t0-2\tab\t_\n#Text=cd\n`,
      'bad.tsv:7: a sentence header line must come after a blank line',
    ],
    [
      '#Text without tokens',
      `${HEADER}#Text=ab\n\n#Text=cd\n2-1\t3-5\tcd\t_\n`,
      'bad.tsv:6: a sentence must have token lines after its #Text lines',
    ],
    [
      'a trailing #Text',
      `${HEADER}#Text=ab\n1-1\t0-2\tab\t_\n\n#Text=cd\n`,
      'bad.tsv:8: the last sentence has #Text lines but no token lines',
    ],
    ['a duplicate unit', `${HEADER}#Text=ab\n1-1\t0-1\ta\t_\n1-1\t1-2\tb\t_\n`, 'bad.tsv:7: unit id 1-1 appears twice'],
    [
      'a bad disambiguation id',
      `${HEADER}#Text=ab\n1-1\t0-2\tab\tX[y]\n`,
      'bad.tsv:6: "X[y]": the id in brackets must be a whole number',
    ],
    [
      'half an emoji',
      `${HEADER}#Text=😊\n1-1\t0-2\t😊\t_\n1-1.1\t0-1\t\uD83D\tX\n`,
      'bad.tsv:7: the annotation at 0-1 (UTF-16) splits a character in two; it is left out',
    ],
  ];
  for (const [name, tsv, message] of cases) {
    it(`reports ${name} with the file and line`, () => {
      const errors = errorsOf(tsv);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.startsWith(message)).toBe(true);
    });
  }

  it('reports a relation that points to no span and keeps the rest', () => {
    const tsv =
      '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.S|label\n#T_RL=webanno.custom.R|label|BT_webanno.custom.S\n\n\n#Text=a b\n1-1\t0-1\ta\tX\t_\t_\n1-2\t2-3\tb\tY\trel\t1-5\n';
    const { documents, errors } = splitParse(webannoCodec, [memoryFile('rel.tsv', tsv)]);
    expect(errors).toEqual([
      'rel.tsv:8: a R relation points to 1-5, where there is no S annotation to attach it to; it is left out',
    ]);
    expect(documents[0]!.document.spans.map((span) => span.label)).toEqual(['X', 'Y']);
  });
});

describe('WebAnno TSV escaping', () => {
  it('escapes sentence text as WebAnno 3.2+ does and reads it back', () => {
    const text = 'tab\there \\ back\rcr \u0001ctl';
    expect(escapeWebannoText(text)).toBe('tab\\there \\\\ back\\rcr \\\u0001ctl');
    expect(unescapeWebannoText(escapeWebannoText(text), 3)).toBe(text);
    expect(unescapeWebannoText('a\\\\tb', 3)).toBe('a\\tb');
    expect(unescapeWebannoText('caf\\u00e9', 1)).toBe('café');
  });

  it('escapes the reserved characters of feature values and reads them back', () => {
    const value = 'a|b [c] d_e f->g h;i * j\\k\tl\nm';
    expect(escapeWebannoValue(value)).toBe('a\\|b \\[c\\] d\\_e f\\->g h\\;i \\* j\\\\k\\tl\\nm');
    expect(unescapeWebannoValue(escapeWebannoValue(value))).toBe(value);
  });
});

describe('webannoCodec.write', () => {
  const text = MULTILINGUAL_TEXT;
  const document: NativeDocument = {
    id: 'multi',
    title: 'multi',
    text,
    meta: {},
    status: {},
    spans: [
      { id: 'a', ...codePointRange(text, 'llo 👋🏽'), label: 'claim' },
      {
        id: 'b',
        ...codePointRange(text, '主张'),
        label: 'propaganda',
        technique: 'Name_Calling,Labeling',
        note: 'a|b [c]',
      },
      { id: 'c', ...codePointRange(text, 'هذا'), label: 'evidence' },
    ],
    relations: [{ type: 'supports', from: 'c', to: 'b' }],
  };
  const output = exportTsv([document]).files.get('multi.tsv')!;
  const lines = output.split('\n');

  it('declares one Spanmark span layer and one relation layer over it', () => {
    expect(lines.slice(0, 5)).toEqual([
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=webanno.custom.Spanmark|label|technique|note',
      '#T_RL=webanno.custom.SpanmarkRelation|label|BT_webanno.custom.Spanmark',
      '',
      '',
    ]);
    expect(webannoCodec.unitFor('codepoint')).toBe('utf16');
  });

  it('writes UTF-16 offsets, a sub-token for a span starting inside a word, and CRLF as \\r', () => {
    expect(lines.slice(5, 12)).toEqual([
      '#Text=Héllo 👋🏽 world\\r',
      '#Text=\\r',
      '#Text=',
      '1-1\t0-5\tHéllo\t_\t_\t_\t_\t_\t',
      '1-1.1\t2-5\tllo\tclaim[1]\t*[1]\t*[1]\t_\t_\t',
      '1-2\t6-10\t👋🏽\tclaim[1]\t*[1]\t*[1]\t_\t_\t',
      '1-3\t11-16\tworld\t_\t_\t_\t_\t_\t',
    ]);
  });

  it('writes technique and escaped note, and the relation on the row of its target', () => {
    const row = lines.find((line) => line.includes('\t主张\t'))!.split('\t');
    expect(row.slice(3)).toEqual([
      'propaganda',
      'Name\\_Calling,Labeling',
      'a\\|b \\[c\\]',
      'supports',
      expect.stringMatching(/^\d-3$/u),
      '',
    ]);
    const source = lines.find((line) => line.includes('\tهذا\t'))!.split('\t');
    expect(source[0]).toBe(row[7]);
    const utf16 = text.indexOf('هذا');
    expect(source[1]).toBe(`${utf16}-${utf16 + 3}`);
  });

  it('reads its own output back to the same text, spans and relation', () => {
    const [again] = reparse(new Map([['multi.tsv', output]]));
    expect(again!.text).toBe(text);
    expect(covered(again!)).toEqual(covered(document).sort((a, b) => a[2] - b[2]));
    expect(again!.spans.find((span) => span.label === 'propaganda')).toMatchObject({
      technique: 'Name_Calling,Labeling',
      note: 'a|b [c]',
    });
    const byId = new Map(again!.spans.map((span) => [span.id, span.label]));
    expect(again!.relations.map((relation) => [relation.type, byId.get(relation.from), byId.get(relation.to)])).toEqual(
      [['supports', 'evidence', 'propaganda']],
    );
  });

  it('warns about what it moved or could not write', () => {
    const spans: NativeSpan[] = [
      { ...codePointRange(text, ' aid'), label: 'snapped', annotator: 'ann' },
      { ...codePointRange(text, '\r\n\r\n'), label: 'blank', annotator: 'bob' },
      { ...codePointRange(text, 'world'), label: 'x', attributes: { score: 1 } },
    ];
    const { warnings } = exportTsv([
      {
        ...document,
        text: `\n${text}`,
        spans: spans.map((span) => ({ ...span, start: span.start + 1, end: span.end + 1 })),
        relations: [],
        meta: { source: 'x' },
      },
    ]);
    expect(warnings).toEqual([
      '1 span(s) cover no word, only whitespace, and were not written: WebAnno TSV anchors spans on tokens',
      '1 span(s) began or ended in whitespace between words and were written from the first to the last word they cover',
      expect.stringMatching(/^1 document\(s\) start with whitespace other than spaces/u),
      expect.stringMatching(/^1 span\(s\) have attributes/u),
      expect.stringMatching(/^1 document\(s\) had spans by several annotators/u),
      expect.stringMatching(/^1 document\(s\) have metadata/u),
    ]);
  });
});

describe('webannoCodec round trip', () => {
  it('export → parse → export is identical for every real sample, with the same text and spans', () => {
    const files = folderFiles(WEBANNO, webannoCodec.accepts);
    const originals = splitParse(webannoCodec, files).documents.map((item) => item.document);
    expect(originals).toHaveLength(14);
    const first = exportTsv(originals);
    const again = reparse(first.files);
    for (const [index, original] of originals.entries()) {
      expect(again[index]!.text).toBe(original.text);
      const labelled = (document: NativeDocument): string[] =>
        covered(document)
          .map((entry) => JSON.stringify(entry))
          .sort();
      expect(labelled(again[index]!)).toEqual(labelled(original));
    }
    expect(exportTsv(again).files).toEqual(first.files);
  });

  it('keeps any text, and spans that start and end inside words, exactly (property)', () => {
    const word = fc.constantFrom(
      'a',
      'Héllo',
      'world',
      '中文',
      '主张',
      'مرحبا',
      '😀',
      '👋🏽',
      '🇺🇳',
      'x_y',
      'a|b',
      '[c]',
      '\\',
      '.',
      'don’t',
    );
    const gap = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\n\n', '\r\n\r\n', '\n  ', '. ', '\u000b');
    const documentArbitrary = fc
      .tuple(
        fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 25 }),
        fc.constantFrom('', ' ', '  '),
        fc.constantFrom('', '\n', ' ', '\r\n'),
      )
      .map(
        ([pieces, leading, trailing]) =>
          `${leading}${pieces
            .map(([w, g]) => w + g)
            .join('')
            .trimEnd()}${trailing}`,
      )
      .chain((text) => {
        const tokens = tokenize(text);
        const spanArbitrary = fc
          .tuple(
            fc.nat(tokens.length - 1),
            fc.nat(tokens.length - 1),
            fc.nat(),
            fc.nat(),
            fc.constantFrom('claim', 'Name_Calling,Labeling', 'a|b', 'x*'),
            fc.constantFrom(undefined, 'n|o\nte\\', 'a;b->c\r'),
          )
          .map(([i, j, s, e, label, note]): NativeSpan => {
            const [first, last] = [tokens[Math.min(i, j)]!, tokens[Math.max(i, j)]!];
            const start = first.start + (s % (first.end - first.start));
            const end = Math.max(start + 1, last.end - (e % (last.end - last.start)));
            return {
              start,
              end: Math.min(end, Math.max(last.end, start + 1)),
              label,
              ...(note === undefined ? {} : { note }),
            };
          });
        return fc.tuple(fc.constant(text), fc.array(spanArbitrary, { maxLength: 8 }));
      });
    fc.assert(
      fc.property(documentArbitrary, ([text, spans]) => {
        const withIds = spans.map((span, index) => ({ ...span, id: `s${index}` }));
        const relations = withIds.length > 1 ? [{ type: 'supports', from: 's0', to: `s${withIds.length - 1}` }] : [];
        const document: NativeDocument = { id: 'p', title: 'p', text, meta: {}, status: {}, spans: withIds, relations };
        const first = exportTsv([document]);
        const [again] = reparse(first.files);
        expect(again!.text).toBe(text);
        const key = (span: NativeSpan): string => JSON.stringify([span.start, span.end, span.label, span.note ?? null]);
        expect(again!.spans.map(key).sort()).toEqual(withIds.map(key).sort());
        expect(again!.relations).toHaveLength(relations.length);
        expect(exportTsv([again!]).files).toEqual(first.files);
      }),
      { numRuns: 150 },
    );
  });
});
