import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bratCodec } from '../../../shared/formats/brat';
import type { InputFile } from '../../../shared/formats/codec';
import type { NativeDocument, NativeSpan } from '../../../shared/formats/native';
import { sliceCodePoints } from '../../../shared/offsets';
import { folderFiles, parseClean, splitParse } from '../../helpers/codecFiles';
import { exportContext, memoryFile, recordingSink } from '../../helpers/codecIo';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { realdata } from '../../helpers/realdata';

const BRAT = realdata('formats/brat');
const AAEC = realdata('aaec_multiannotator');

function bratFiles(dir: string): InputFile[] {
  return folderFiles(dir, bratCodec.accepts);
}

function documentsOf(files: InputFile[]): NativeDocument[] {
  return parseClean(bratCodec, files).map((item) => item.document);
}

function exportFolder(documents: NativeDocument[]): { files: Map<string, string>; warnings: string[] } {
  const sink = recordingSink();
  const context = exportContext();
  bratCodec.write(documents, sink, context);
  return { files: sink.files, warnings: context.warnings };
}

function filesOf(folder: Map<string, string>): InputFile[] {
  return [...folder].map(([name, content]) => memoryFile(name, content));
}

/** Every T line of the .ann files under a folder, read with a regex independent of the codec. */
function textBoundLines(dir: string): { txt: string; fragments: number[][]; column: string }[] {
  return folderFiles(dir, (name) => name.endsWith('.ann')).flatMap((ann) => {
    const txtPath = ann.path.replace(/\.ann$/u, '.txt');
    const finalTxt = txtPath.replace(/Step1\/annotator\d\//u, 'brat-project-final/');
    const txt = readFileSync(finalTxt, 'utf8');
    return readFileSync(ann.path, 'utf8')
      .split('\n')
      .filter((line) => /^T\d+\t/u.test(line))
      .map((line) => {
        const [, middle, column] = line.split('\t') as [string, string, string];
        const fragments = middle
          .split(' ')
          .slice(1)
          .join(' ')
          .split(';')
          .map((pair) => pair.split(' ').map(Number));
        return { txt, fragments, column };
      });
  });
}

function span(document: NativeDocument, id: string) {
  const found = document.spans.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no span ${id} in ${document.id}`);
  return found;
}

describe('the real brat samples themselves', () => {
  it("have T lines whose text is Python text[start:end] (code points), 163 of them in AAEC's gold and annotator files", () => {
    const brat = textBoundLines(BRAT);
    const aaec = textBoundLines(AAEC);
    expect(brat).toHaveLength(477);
    expect(aaec).toHaveLength(163);
    for (const { txt, fragments, column } of [...brat, ...aaec]) {
      expect(column).toBe(fragments.map(([start, end]) => pySlice(txt, start!, end!)).join(' '));
    }
  });

  it('contain no discontinuous span, so those are tested on own samples below', () => {
    const all = [...textBoundLines(BRAT), ...textBoundLines(AAEC)];
    expect(all.filter((line) => line.fragments.length > 1)).toEqual([]);
  });
});

describe('bratCodec.parse on the brat example data', () => {
  const documents = documentsOf(bratFiles(BRAT));

  it('pairs the 11 .txt/.ann pairs and names documents by their path without extension', () => {
    expect(documents.map((document) => document.id)).toEqual([
      'corpora/BioNLP-ST_2011/BioNLP-ST_2011_EPI/PMID-16379001',
      'corpora/BioNLP-ST_2011/BioNLP-ST_2011_GE/PMC-2065877-06-Results-05',
      'corpora/CoNLL-ST_2002/esp/esp.train-doc-29',
      'corpora/NCBI-disease/PMID-10429004',
      'corpora/TDT/b105',
      'tutorials/news/000-introduction',
      'tutorials/news/040-text_span_annotation',
      'tutorials/news/060-relation_annotation',
      'tutorials/news/080-event-annotation',
      'tutorials/news/100-attribute_annotation',
      'tutorials/news/110-note_annotation',
    ]);
  });

  it('gives every T line as a span whose quote is the covered code points', () => {
    let spans = 0;
    for (const document of documents) {
      for (const item of document.spans) {
        spans++;
        expect(item.quote).toBe(sliceCodePoints(document.text, item.start, item.end));
      }
    }
    expect(spans).toBe(477);
  });

  it('reads relations, attributes (binary and valued) and AnnotatorNotes', () => {
    const intro = documents.find((document) => document.id === 'tutorials/news/000-introduction')!;
    expect(span(intro, 'T2')).toMatchObject({
      start: 456,
      end: 468,
      label: 'Money',
      quote: '$100 million',
      note: '100000000 USD',
    });
    expect(span(intro, 'T4').attributes).toEqual({ Mention: 'Name', Individual: true });
    expect(intro.relations).toEqual([
      { id: 'R2', type: 'Origin', from: 'T6', to: 'T7' },
      { id: 'R1', type: 'Family', from: 'T4', to: 'T5' },
    ]);
  });

  it('keeps events, normalizations, equivalences and annotations of events verbatim in meta', () => {
    const intro = documents.find((document) => document.id === 'tutorials/news/000-introduction')!;
    expect(intro.meta.brat_unsupported).toEqual([
      'E1\tTransfer-money:T3 Giver-Arg:T1 Money-Arg:T2 Beneficiary-Arg:T4 Recipient-Arg:T6',
      'A5\tConfidence E1 High',
      'N1\tReference T5 Wikipedia:64488\tCarlos Salinas de Gortari',
    ]);
    const notes = documents.find((document) => document.id === 'tutorials/news/110-note_annotation')!;
    expect(notes.meta.brat_unsupported).toContain(
      "#3\tAnnotatorNotes R1\tShould this be marked? It's not explicitly stated.",
    );
    const alias = documents.find((document) => document.id === 'tutorials/news/060-relation_annotation')!;
    expect(alias.meta.brat_unsupported).toEqual(['*\tAlias T3 T4 T5']);
  });

  it('reads Finnish text, valued attributes and non-note comments of the TDT corpus', () => {
    const tdt = documents.find((document) => document.id === 'corpora/TDT/b105')!;
    expect(tdt.spans).toHaveLength(239);
    expect(tdt.relations).toHaveLength(237);
    expect(span(tdt, 'T1')).toMatchObject({
      label: 'N',
      quote: 'Delilah',
      attributes: { SUBCAT: 'Prop', NUM: 'Sg', CASE: 'Nom', OTHER: 'UNK' },
    });
    expect((tdt.meta.brat_unsupported as string[])[0]).toBe('#1\tLemma T1\t Delilah');
  });
});

describe('bratCodec.parse on the AAEC essays with three annotators', () => {
  it('reads the adjudicated brat project: 42 spans with stance attributes and supports relations', () => {
    const documents = documentsOf(bratFiles(`${AAEC}/brat-project-final`));
    expect(documents.map((document) => document.id)).toEqual(['essay004', 'essay005', 'essay006']);
    expect(documents.map((document) => document.spans.length)).toEqual([11, 12, 19]);
    const essay004 = documents[0]!;
    expect(span(essay004, 'T3')).toMatchObject({
      start: 179,
      end: 239,
      label: 'Claim',
      attributes: { Stance: 'Against' },
    });
    // R lines end with a tab in these files.
    expect(essay004.relations[0]).toEqual({ id: 'R1', type: 'supports', from: 'T8', to: 'T4' });
  });

  it("pairs each annotator's .ann in Step1/annotatorN with the final .txt of the same name", () => {
    const documents = documentsOf(bratFiles(AAEC));
    expect(documents.map((document) => document.spans.length)).toEqual([
      11 + 11 + 10 + 10,
      12 + 11 + 11 + 12,
      19 + 19 + 18 + 19,
    ]);
    const essay004 = documents[0]!;
    const annotators = new Set(essay004.spans.map((item) => item.annotator));
    expect(annotators).toEqual(new Set([undefined, 'Step1/annotator1', 'Step1/annotator2', 'Step1/annotator3']));
    // The documented disagreement: the gold MajorClaim starts at 262, annotator 1's at 267.
    expect(span(essay004, 'T1')).toMatchObject({ start: 262, end: 376, label: 'MajorClaim' });
    const shifted = span(essay004, 'Step1/annotator1:T2');
    expect(shifted).toMatchObject({ start: 267, end: 376, label: 'MajorClaim', annotator: 'Step1/annotator1' });
    expect(sliceCodePoints(essay004.text, shifted.start, shifted.end)).toBe(shifted.quote);
    const relation = essay004.relations.find((candidate) => candidate.annotator === 'Step1/annotator3');
    expect(relation?.from.startsWith('Step1/annotator3:T')).toBe(true);
  });

  it('names the annotator after the folder when each folder is imported on its own', () => {
    const final = bratFiles(`${AAEC}/brat-project-final`);
    const annotator2 = bratFiles(`${AAEC}/Step1/annotator2`);
    const documents = documentsOf([...final, ...annotator2]);
    expect(new Set(documents[1]!.spans.map((item) => item.annotator))).toEqual(new Set([undefined, 'annotator2']));
  });

  it("refuses annotators' .ann files given without the texts", () => {
    const { documents, errors } = splitParse(bratCodec, bratFiles(`${AAEC}/Step1`));
    expect(documents).toEqual([]);
    expect(errors).toHaveLength(9);
    expect(errors[0]).toMatch(
      /annotator1\/essay004\.ann: no essay004\.txt for this \.ann; import the folder that holds the text together with it$/u,
    );
  });
});

describe('bratCodec.parse on own samples', () => {
  const text = MULTILINGUAL_TEXT;
  const hello = codePointRange(text, 'Héllo');
  const world = codePointRange(text, 'world');
  const chinese = codePointRange(text, '中文的主张');
  const flag = codePointRange(text, '🇺🇳');
  const arabic = codePointRange(text, 'هذا ادعاء');

  it('reads spans over emoji, CJK and Arabic at code points, and a discontinuous span as one span with fragments', () => {
    const ann = [
      `T1\tClaim ${hello.start} ${hello.end};${world.start} ${world.end}\tHéllo world`,
      `T2\tEvidence ${chinese.start} ${chinese.end}\t中文的主张`,
      `T3\tOpinion ${flag.start} ${flag.end}\t🇺🇳`,
      `T4\tLoaded_Language ${arabic.start} ${arabic.end}\tهذا ادعاء`,
      'R1\tsupports Arg1:T2 Arg2:T1',
    ].join('\r\n');
    const [document] = documentsOf([memoryFile('doc.txt', text), memoryFile('doc.ann', ann)]);
    expect(span(document!, 'T1')).toEqual({
      id: 'T1',
      start: hello.start,
      end: world.end,
      label: 'Claim',
      attributes: {
        fragments: [
          [hello.start, hello.end],
          [world.start, world.end],
        ],
      },
    });
    for (const [id, quote] of [
      ['T2', '中文的主张'],
      ['T3', '🇺🇳'],
      ['T4', 'هذا ادعاء'],
    ] as const) {
      const item = span(document!, id);
      expect(item.quote).toBe(quote);
      expect(sliceCodePoints(text, item.start, item.end)).toBe(quote);
    }
    expect(flag.end - flag.start).toBe(2);
  });

  it('accepts a text column that has spaces where the covered text has CRLF line breaks', () => {
    const range = codePointRange(text, 'world\r\n\r\n中文');
    const [document] = documentsOf([
      memoryFile('doc.txt', text),
      memoryFile('doc.ann', `T1\tClaim ${range.start} ${range.end}\tworld    中文\n`),
    ]);
    expect(span(document!, 'T1')).toEqual({ id: 'T1', start: range.start, end: range.end, label: 'Claim' });
  });

  it('passes a wrong contiguous text column on as the quote, for the validator to reject', () => {
    const [document] = documentsOf([memoryFile('doc.txt', text), memoryFile('doc.ann', `T1\tClaim 0 5\tHello\n`)]);
    expect(span(document!, 'T1').quote).toBe('Hello');
    expect(sliceCodePoints(text, 0, 5)).toBe('Héllo');
  });

  it('reads a .txt without .ann as a document without spans, and skips READMEs and .conf files', () => {
    expect(bratCodec.accepts('README.txt')).toBe(false);
    expect(bratCodec.accepts('annotation.conf')).toBe(false);
    expect(bratCodec.accepts('sub/doc.ann')).toBe(true);
    const documents = documentsOf([memoryFile('a.txt', 'Plain'), memoryFile('annotation.conf', '[entities]\n')]);
    expect(documents).toEqual([
      { id: 'a', title: 'Plain', text: 'Plain', meta: {}, spans: [], relations: [], status: {} },
    ]);
  });

  it('reports each bad line with file and line, and keeps the rest of the file', () => {
    const ann = [
      'T1\tClaim 0 5\tHéllo',
      'T2 Claim 0 5 Héllo',
      'T3\tClaim 0-5\tHéllo',
      `T4\tClaim 0 5;3 9\tHéllo 👋🏽 w`,
      'T5\tClaim 5 2\tx',
      'T6\tClaim 0 999\tx',
      `T7\tClaim ${hello.start} ${hello.end};${world.start} ${world.end}\tHéllo earth`,
      'T1\tClaim 1 2\té',
      'R1\tsupports Arg1:T1 Arg2:T9',
      'R2\tsupports T1 T1',
      'A1\tNegated T9',
      'A2\tfragments T1',
      'A3\tConf T1 High',
      'A4\tConf T1 Low',
      'X1\tsomething',
      '#1\tAnnotatorNotes T9\tnote',
      'R3\tsupports Arg1:T3 Arg2:T1',
    ].join('\n');
    const { documents, errors } = splitParse(bratCodec, [memoryFile('d.txt', text), memoryFile('d.ann', ann)]);
    expect(errors).toEqual([
      'd.ann:2: a brat annotation line starts with an id and a tab (e.g. "T1<TAB>Claim 0 5<TAB>text"); this line has no tab',
      'd.ann:3: T3: expected "Type start end" (fragments joined by ";") before the text, found "Claim 0-5"',
      'd.ann:8: id T1 appears twice; brat ids must be unique in a file',
      'd.ann:10: R2: expected "Type Arg1:T1 Arg2:T2", found "supports T1 T1"',
      'd.ann:15: unknown annotation id "X1"; brat ids start with T, R, E, A, M, N, # or *',
      'd.ann:4: T4: fragments must be in text order and must not overlap',
      'd.ann:5: T5: fragment 5-2 is empty or reversed; start must be less than end',
      expect.stringMatching(
        /^d\.ann:6: T6: end 999 is past the end of the text \(\d+ code points\); brat offsets count code points$/u,
      ),
      'd.ann:7: T7: text "Héllo earth" does not match the fragments\' text joined by spaces ("Héllo world"); check the offsets',
      'd.ann:9: R1 refers to T9, which is not in this file',
      'd.ann:11: A1 refers to T9, which is not in this file',
      'd.ann:12: A2: the attribute name "fragments" is reserved for discontinuous spans; rename the attribute',
      'd.ann:14: A4: T1 already has the attribute Conf',
      'd.ann:16: #1 refers to T9, which is not in this file',
    ]);
    // R3 points to T3, whose line could not be read: it is left out without a second message.
    expect(documents[0]!.document.spans).toEqual([
      { id: 'T1', start: 0, end: 5, label: 'Claim', quote: 'Héllo', attributes: { Conf: 'High' } },
    ]);
    expect(documents[0]!.document.relations).toEqual([]);
  });

  it('reports an .ann without .txt, and a file that is neither', () => {
    const { errors } = splitParse(bratCodec, [
      memoryFile('x/lonely.ann', 'T1\tClaim 0 1\ta'),
      memoryFile('notes.md', '# hi'),
    ]);
    expect(errors).toEqual([
      'notes.md: brat data is .txt and .ann files; leave this file out of the import',
      'x/lonely.ann: no lonely.txt for this .ann; import the folder that holds the text together with it',
    ]);
  });
});

describe('bratCodec.write', () => {
  const text = MULTILINGUAL_TEXT;
  const hello = codePointRange(text, 'Héllo');
  const world = codePointRange(text, 'world');
  const crlf = codePointRange(text, 'world\r\n\r\n中文');
  const wave = codePointRange(text, '👋🏽');
  const document: NativeDocument = {
    id: 'news/doc 1',
    title: 't',
    text,
    meta: {},
    spans: [
      {
        id: 'T7',
        start: wave.start,
        end: wave.end,
        label: 'propaganda',
        technique: 'Name_Calling,Labeling',
        annotator: 'ann',
        note: 'first\nsecond',
      },
      {
        id: 'uuid-1',
        start: hello.start,
        end: world.end,
        label: 'claim',
        annotator: 'bob',
        attributes: {
          fragments: [
            [hello.start, hello.end],
            [world.start, world.end],
          ],
          Negated: true,
          Conf: 'High',
          Score: 3,
        },
      },
      { id: 'uuid-2', start: crlf.start, end: crlf.end, label: 'my label' },
    ],
    relations: [{ id: 'rel-a', type: 'supports', from: 'T7', to: 'uuid-1' }],
    status: {},
  };

  it('writes the exact text, T lines with fragments, attributes, relations, notes and label comments', () => {
    const { files } = exportFolder([document]);
    expect(files.get('news/doc 1.txt')).toBe(text);
    expect(files.get('news/doc 1.ann')).toBe(
      [
        `T7\tName_Calling_Labeling ${wave.start} ${wave.end}\t👋🏽`,
        `T1\tclaim ${hello.start} ${hello.end};${world.start} ${world.end}\tHéllo world`,
        `T2\tmy_label ${crlf.start} ${crlf.end}\tworld    中文`,
        'A1\tNegated T1',
        'A2\tConf T1 High',
        'R1\tsupports Arg1:T7 Arg2:T1\t',
        '#2\tAnnotatorNotes T7\tfirst',
        '#3\tAnnotatorNotes T7\tsecond',
        '#1\tSpanmarkLabel T7\tName_Calling,Labeling',
        '#4\tSpanmarkLabel T2\tmy label',
        '',
      ].join('\n'),
    );
  });

  it('writes annotation.conf with techniques nested under propaganda and renamed names listed', () => {
    const { files } = exportFolder([document]);
    const conf = files.get('annotation.conf')!;
    expect(conf).toContain('#   Name_Calling_Labeling = Name_Calling,Labeling\n');
    expect(conf).toContain('#   my_label = my label\n');
    expect(conf).toContain(
      '\n[entities]\nclaim\nevidence\nopinion\npropaganda\n\tLoaded_Language\n\tName_Calling_Labeling\n',
    );
    expect(conf).toContain(
      '\n\tBandwagon_Reductio_ad_hitlerum\nmy_label\n\n[relations]\nsupports\tArg1:<ENTITY>, Arg2:<ENTITY>\ncontradicts\tArg1:<ENTITY>, Arg2:<ENTITY>\n',
    );
    expect(conf).toContain('\n[events]\n\n[attributes]\nNegated\tArg:<ENTITY>\nConf\tArg:<ENTITY>, Value:High\n');
  });

  it('warns once about several annotators and about an attribute brat cannot hold', () => {
    const { warnings } = exportFolder([document, { ...document, id: 'other' }]);
    expect(warnings).toEqual([
      expect.stringMatching(/^brat has no annotators: 2 document\(s\) had spans by several annotators/u),
      expect.stringMatching(/^2 span attribute\(s\) were not written/u),
    ]);
  });

  it('keeps document ids from leaving the export folder', () => {
    const { files, warnings } = exportFolder([{ ...document, id: '../../etc/passwd', spans: [], relations: [] }]);
    expect([...files.keys()]).toEqual(['_/_/etc/passwd.txt', '_/_/etc/passwd.ann', 'annotation.conf']);
    expect(warnings).toEqual(['1 document id(s) are not safe file names and were changed for the file names']);
  });

  it('reads its own output back with labels, fragments, attributes and notes restored', () => {
    const { files } = exportFolder([document]);
    const [again] = documentsOf(filesOf(files));
    expect(again!.id).toBe('news/doc 1');
    expect(again!.spans).toEqual([
      {
        id: 'T7',
        start: wave.start,
        end: wave.end,
        label: 'Name_Calling,Labeling',
        quote: '👋🏽',
        note: 'first\nsecond',
      },
      {
        id: 'T1',
        start: hello.start,
        end: world.end,
        label: 'claim',
        attributes: {
          fragments: [
            [hello.start, hello.end],
            [world.start, world.end],
          ],
          Negated: true,
          Conf: 'High',
        },
      },
      { id: 'T2', start: crlf.start, end: crlf.end, label: 'my label' },
    ]);
    expect(again!.relations).toEqual([{ id: 'R1', type: 'supports', from: 'T7', to: 'T1' }]);
  });
});

describe('bratCodec round trip', () => {
  it('reads back the brat example data exactly as first read, and export → parse → export is identical', () => {
    const original = documentsOf(bratFiles(BRAT));
    const first = exportFolder(original);
    expect(first.warnings).toEqual([]);
    const again = documentsOf(filesOf(first.files).filter((file) => bratCodec.accepts(file.name)));
    expect(again).toEqual(original);
    for (const document of original) {
      expect(first.files.get(`${document.id}.txt`)).toBe(readFileSync(`${BRAT}/${document.id}.txt`, 'utf8'));
    }
    expect(exportFolder(again).files).toEqual(first.files);
  });

  it('round-trips the AAEC essays with all annotators written into one .ann', () => {
    const original = documentsOf(bratFiles(AAEC));
    const first = exportFolder(original);
    const again = documentsOf(filesOf(first.files).filter((file) => bratCodec.accepts(file.name)));
    expect(exportFolder(again).files).toEqual(first.files);
    expect(again.map((document) => document.spans.length)).toEqual(original.map((document) => document.spans.length));
  });

  it('round-trips own multilingual documents with PTC techniques', () => {
    const text = MULTILINGUAL_TEXT;
    const own: NativeDocument = {
      id: 'own',
      title: 'own',
      text,
      meta: {},
      spans: [
        {
          id: 'a',
          ...codePointRange(text, '中文的主张'),
          label: 'propaganda',
          technique: 'Whataboutism,Straw_Men,Red_Herring',
        },
        { id: 'b', ...codePointRange(text, 'مرحبا'), label: 'evidence' },
        { id: 'c', ...codePointRange(text, 'Last line 😀'), label: 'Exaggeration,Minimisation' },
      ],
      relations: [{ type: 'contradicts', from: 'b', to: 'a' }],
      status: {},
    };
    const first = exportFolder([own]).files;
    const again = documentsOf(filesOf(first).filter((file) => bratCodec.accepts(file.name)));
    expect(again[0]!.spans.map((item) => item.label)).toEqual([
      'Whataboutism,Straw_Men,Red_Herring',
      'evidence',
      'Exaggeration,Minimisation',
    ]);
    expect(exportFolder(again).files).toEqual(first);
  });
});

describe('bratCodec round trip (property)', () => {
  it('keeps spans, fragments, labels brat cannot store, notes, attributes and relations over any text', () => {
    const piece = fc.constantFrom(
      'Héllo',
      'world',
      '中文',
      'مرحبا',
      '😀',
      '👋🏽',
      '🇺🇳',
      ' ',
      '\r\n',
      '\n',
      '\t',
      ',',
      'x',
    );
    const label = fc.constantFrom('claim', 'Name_Calling,Labeling', 'my label', 'Name_Calling_Labeling', 'ключ', 'a|b');
    const note = fc.constantFrom(undefined, 'one', 'two\nlines', '');
    const arbitrary = fc
      .array(piece, { minLength: 2, maxLength: 30 })
      .map((pieces) => pieces.join(''))
      .chain((text) => {
        const length = Array.from(text).length;
        const span = fc
          .tuple(
            fc.uniqueArray(fc.integer({ min: 0, max: length }), { minLength: 2, maxLength: 4 }),
            label,
            note,
            fc.boolean(),
            fc.constantFrom(undefined, 'High', 'Low'),
          )
          .map(([cuts, spanLabel, spanNote, negated, confidence]): NativeSpan => {
            const sorted = [...cuts].sort((a, b) => a - b);
            const fragments =
              sorted.length === 4
                ? [
                    [sorted[0]!, sorted[1]!],
                    [sorted[2]!, sorted[3]!],
                  ]
                : null;
            const attributes: Record<string, unknown> = {};
            if (fragments !== null) attributes.fragments = fragments;
            if (negated) attributes.Negated = true;
            if (confidence !== undefined) attributes.Conf = confidence;
            return {
              start: sorted[0]!,
              end: sorted.at(-1)!,
              label: spanLabel,
              ...(spanNote === undefined ? {} : { note: spanNote }),
              ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
            };
          });
        return fc.tuple(fc.constant(text), fc.array(span, { maxLength: 6 }));
      });
    fc.assert(
      fc.property(arbitrary, ([text, spans]) => {
        const withIds = spans.map((item, index) => ({ ...item, id: `s${index}` }));
        const relations =
          withIds.length > 1 ? [{ type: 'contradicts, maybe', from: 's0', to: `s${withIds.length - 1}` }] : [];
        const document: NativeDocument = { id: 'p', title: 'p', text, meta: {}, status: {}, spans: withIds, relations };
        const first = exportFolder([document]).files;
        const [again] = documentsOf(filesOf(first).filter((file) => bratCodec.accepts(file.name)));
        expect(again!.text).toBe(text);
        const key = (item: NativeSpan): string => {
          const note = item.note === '' ? undefined : item.note;
          return JSON.stringify([item.start, item.end, item.label, note ?? null, item.attributes ?? {}]);
        };
        expect(again!.spans.map(key).sort()).toEqual(withIds.map(key).sort());
        expect(again!.relations.map((relation) => relation.type)).toEqual(relations.map((relation) => relation.type));
        expect(exportFolder([again!]).files).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
});
