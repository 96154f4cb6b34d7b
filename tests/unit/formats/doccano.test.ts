import { describe, expect, it } from 'vitest';
import { doccanoCodec } from '../../../shared/formats/doccano';
import type { NativeDocument } from '../../../shared/formats/native';
import { sliceCodePoints } from '../../../shared/offsets';
import { diskFile, memoryFile } from '../../helpers/codecIo';
import { exportAll, nativeDocument, parseAll, parseValid } from '../../helpers/codecRuns';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { realdata } from '../../helpers/realdata';
import { surrogatePairsBefore } from '../../helpers/surrogatePairs';

const doccano = (...parts: string[]) => realdata('formats', 'doccano', ...parts);

function quotes(document: NativeDocument): [string, string][] {
  return document.spans.map((span) => [span.label, sliceCodePoints(document.text, span.start, span.end)]);
}

function errorsFor(content: string): string[] {
  return parseAll(doccanoCodec, [memoryFile('bad.jsonl', content)]).errors;
}

describe("doccano import of doccano's own fixtures", () => {
  it('reads the sequence-labelling export, one document a line, ids from the file name and line', () => {
    const documents = parseValid(doccanoCodec, [
      diskFile(doccano('data_export/pipeline/examples/sequence_labeling/example.jsonl')),
    ]);
    expect(documents.map((document) => document.id)).toEqual(['example-1', 'example-2', 'example-3']);
    expect(documents.map(quotes)).toEqual([
      [
        ['ORG', 'EU'],
        ['MISC', 'German'],
      ],
      [['PERSON', 'Peter Blackburn']],
      [['PERSON', 'Obama']],
    ]);
  });

  it('reads the pretty-printed relation export whole, with entity and relation ids', () => {
    const { parsed, errors } = parseAll(doccanoCodec, [
      diskFile(doccano('data_export/pipeline/examples/relation_extraction/example.jsonl')),
    ]);
    expect(errors).toEqual([]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.line).toBe(1);
    const document = parsed[0]!.document;
    expect(quotes(document)).toEqual([
      ['ORG', 'Google'],
      ['DATE', 'September 4, 1998'],
      ['PERSON', 'Larry Page'],
      ['PERSON', 'Sergey Brin'],
    ]);
    expect(document.spans.map((span) => span.id)).toEqual(['0', '1', '2', '3']);
    expect(document.relations).toEqual([
      { id: '0', type: 'foundedAt', from: '0', to: '1' },
      { id: '1', type: 'foundedBy', from: '0', to: '2' },
      { id: '2', type: 'foundedBy', from: '0', to: '3' },
    ]);
  });

  it('reads the relation import fixtures, whose relations have no ids', () => {
    for (const path of [
      'data_import/pipeline/examples/relation_extraction/example.jsonl',
      'data_import/tests/data/relation_extraction/example.jsonl',
    ]) {
      const [document] = parseValid(doccanoCodec, [diskFile(doccano(path))]);
      expect(quotes(document!).map(([, quote]) => quote)).toEqual([
        'Google',
        'September 4, 1998',
        'Larry Page',
        'Sergey Brin',
      ]);
      expect(document!.relations.map((relation) => [relation.from, relation.type, relation.to])).toEqual([
        ['0', 'foundedAt', '1'],
        ['0', 'foundedBy', '2'],
        ['0', 'foundedBy', '3'],
      ]);
      expect(document!.relations[0]!.id).toBeUndefined();
    }
  });

  it("reads the import example written with doccano's column_data / column_label placeholders", () => {
    const documents = parseValid(doccanoCodec, [
      diskFile(doccano('data_import/pipeline/examples/sequence_labeling/example.jsonl')),
    ]);
    expect(documents.map(quotes)).toEqual([[['ORG', 'EU']], [['PERSON', 'Peter Blackburn']], [['PERSON', 'Obama']]]);
  });

  it('reads the valid lines of the test fixture with their meta and rejects the line without text by file:line', () => {
    const path = doccano('data_import/tests/data/sequence_labeling/example.jsonl');
    const { parsed, errors } = parseAll(doccanoCodec, [diskFile(path)]);
    expect(parsed.map((item) => [item.document.id, item.line, item.document.meta])).toEqual([
      ['example-1', 1, { wikiPageID: 1 }],
      ['example-2', 2, { wikiPageID: 2 }],
    ]);
    expect(quotes(parsed[0]!.document)).toEqual([['LOC', 'e']]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${path}:3: `);
    expect(errors[0]).toContain('no "text" field');
  });

  it("passes duplicate spans through (checking them is validation's job)", () => {
    const [document] = parseValid(doccanoCodec, [
      diskFile(doccano('data_import/tests/data/sequence_labeling/example_overlapping.jsonl')),
    ]);
    expect(quotes(document!)).toEqual([
      ['LOC', 'e'],
      ['LOC', 'e'],
    ]);
  });
});

describe('doccano import of own samples', () => {
  const wave = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
  const chinese = codePointRange(MULTILINGUAL_TEXT, '中文的主张');
  const arabic = codePointRange(MULTILINGUAL_TEXT, 'هذا ادعاء');

  it('takes offsets as code points on emoji, CJK, Arabic and CRLF text, keeping the text exact', () => {
    const line = JSON.stringify({
      id: 42,
      text: MULTILINGUAL_TEXT,
      label: [
        [wave.start, wave.end, 'claim'],
        [chinese.start, chinese.end, 'Loaded_Language'],
        [arabic.start, arabic.end, 'opinion'],
      ],
      source: 'feed',
    });
    const [document] = parseValid(doccanoCodec, [memoryFile('x.jsonl', `${line}\r\n`)]);
    expect(document!.id).toBe('42');
    expect(document!.text).toBe(MULTILINGUAL_TEXT);
    expect(document!.meta).toEqual({ source: 'feed' });
    expect(quotes(document!)).toEqual([
      ['claim', '👋🏽 world'],
      ['Loaded_Language', '中文的主张'],
      ['opinion', 'هذا ادعاء'],
    ]);
  });

  it('takes the id from meta.id when the record has none, and accepts entities written as triples', () => {
    const line = JSON.stringify({ text: 'abc', entities: [[0, 1, 'claim']], meta: { id: 'doc-7', year: 2020 } });
    const [document] = parseValid(doccanoCodec, [memoryFile('y.jsonl', line)]);
    expect(document!.id).toBe('doc-7');
    expect(document!.meta).toEqual({ id: 'doc-7', year: 2020 });
    expect(quotes(document!)).toEqual([['claim', 'a']]);
  });

  it('skips blank lines and counts lines from 1 for fallback ids', () => {
    const documents = parseValid(doccanoCodec, [
      memoryFile('dir/news.jsonl', `\n${JSON.stringify({ text: 'a' })}\n\n`),
    ]);
    expect(documents.map((document) => document.id)).toEqual(['news-2']);
  });
});

describe('doccano import errors name the file and line and go on with the next record', () => {
  const good = JSON.stringify({ text: 'fine', label: [] });
  const cases: [string, string, RegExp][] = [
    ['broken JSON', '{"text": "a", "label": [', /bad\.jsonl:2: not valid JSON/u],
    ['a line that is not an object', '"just a string"', /bad\.jsonl:2: expected a JSON object/u],
    ['text that is not a string', '{"text": 5}', /bad\.jsonl:2: field "text"/u],
    [
      'a classification label instead of spans',
      '{"text": "a", "label": ["positive"]}',
      /bad\.jsonl:2: field "label\.0"/u,
    ],
    ['a fractional offset', '{"text": "abc", "label": [[0.5, 2, "claim"]]}', /bad\.jsonl:2: field "label\.0\.0"/u],
    ['a negative offset', '{"text": "abc", "label": [[-1, 2, "claim"]]}', /bad\.jsonl:2: field "label\.0\.0"/u],
    [
      'an entity without offsets',
      '{"text": "abc", "entities": [{"id": 1, "label": "claim"}]}',
      /bad\.jsonl:2: field "entities\.0"/u,
    ],
    [
      'a relation to a missing entity',
      '{"text": "abc", "entities": [{"id": 1, "start_offset": 0, "end_offset": 1, "label": "claim"}], "relations": [{"from_id": 1, "to_id": 9, "type": "supports"}]}',
      /bad\.jsonl:2: relation #1 points to entity 9/u,
    ],
    [
      'a repeated entity id',
      '{"text": "abc", "entities": [{"id": 1, "start_offset": 0, "end_offset": 1, "label": "a"}, {"id": 1, "start_offset": 1, "end_offset": 2, "label": "b"}]}',
      /bad\.jsonl:2: entity id 1 appears twice/u,
    ],
  ];
  for (const [name, badLine, message] of cases) {
    it(`rejects ${name}`, () => {
      const { parsed, errors } = parseAll(doccanoCodec, [memoryFile('bad.jsonl', `${good}\n${badLine}\n${good}\n`)]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(parsed.map((item) => item.line)).toEqual([1, 3]);
    });
  }

  it('reports a pretty-printed record that is never closed at the line it opens', () => {
    expect(errorsFor('{\n  "text": "a",\n  "label": []\n\n')).toEqual([
      expect.stringMatching(/^bad\.jsonl:1: the object opened here is never closed/u),
    ]);
  });

  it('reports a syntax error inside a pretty-printed record at its own line', () => {
    expect(errorsFor('[\n  {"text": "a"},\n  {"text": "b",,}\n]\n')).toEqual([
      expect.stringMatching(/^bad\.jsonl:3: not valid JSON/u),
    ]);
  });
});

describe('doccano export', () => {
  const wave = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
  const flag = codePointRange(MULTILINGUAL_TEXT, '🇺🇳 aid');
  const last = codePointRange(MULTILINGUAL_TEXT, '😀');
  const withRelations = nativeDocument(
    'd1',
    MULTILINGUAL_TEXT,
    [
      { id: 's1', ...wave, label: 'claim', annotator: 'ana' },
      { id: 's2', ...flag, label: 'propaganda', technique: 'Flag-Waving', annotator: 'ana' },
      { id: 's3', ...last, label: 'evidence', annotator: 'ana' },
    ],
    [{ id: 'r1', type: 'supports', from: 's3', to: 's1', annotator: 'ana' }],
    { source: 'wire' },
  );
  const plain = nativeDocument('d2', 'No relations here.\r\nSecond line', [
    { id: 'x', start: 0, end: 2, label: 'opinion' },
  ]);

  it('writes the relation form for a document with relations and the label form otherwise', () => {
    const lines = exportAll(doccanoCodec, [withRelations, plain]).output.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual({
      id: 'd1',
      text: MULTILINGUAL_TEXT,
      entities: [
        { id: 0, start_offset: wave.start, end_offset: wave.end, label: 'claim' },
        { id: 1, start_offset: flag.start, end_offset: flag.end, label: 'Flag-Waving' },
        { id: 2, start_offset: last.start, end_offset: last.end, label: 'evidence' },
      ],
      relations: [{ id: 0, from_id: 2, to_id: 0, type: 'supports' }],
      meta: { source: 'wire' },
    });
    expect(JSON.parse(lines[1]!)).toEqual({
      id: 'd2',
      text: 'No relations here.\r\nSecond line',
      label: [[0, 2, 'opinion']],
    });
  });

  it('round-trips: export, parse, export gives the same bytes', () => {
    const first = exportAll(doccanoCodec, [withRelations, plain]).output;
    const parsed = parseValid(doccanoCodec, [memoryFile('out.jsonl', first)]);
    expect(parsed.map((document) => document.id)).toEqual(['d1', 'd2']);
    expect(quotes(parsed[0]!)).toEqual([
      ['claim', '👋🏽 world'],
      ['Flag-Waving', '🇺🇳 aid'],
      ['evidence', '😀'],
    ]);
    expect(parsed[0]!.meta).toEqual({ source: 'wire' });
    expect(exportAll(doccanoCodec, parsed).output).toBe(first);
  });

  it('writes UTF-16 offsets on request, each larger by the surrogate pairs before it', () => {
    type Entities = { entities: { start_offset: number; end_offset: number }[] };
    const codePoints = (JSON.parse(exportAll(doccanoCodec, [withRelations]).output) as Entities).entities;
    const utf16 = (JSON.parse(exportAll(doccanoCodec, [withRelations], 'utf16').output) as Entities).entities;
    // 👋🏽 is two astral code points and 🇺🇳 two more: 0, 2 and 4 surrogate pairs precede the three starts.
    expect(utf16.map((entity, index) => entity.start_offset - codePoints[index]!.start_offset)).toEqual([0, 2, 4]);
    expect(utf16.map((entity, index) => entity.end_offset - codePoints[index]!.end_offset)).toEqual([2, 4, 5]);
    for (const [index, entity] of utf16.entries()) {
      expect(entity.start_offset).toBe(
        codePoints[index]!.start_offset + surrogatePairsBefore(MULTILINGUAL_TEXT, codePoints[index]!.start_offset),
      );
      expect(MULTILINGUAL_TEXT.slice(entity.start_offset, entity.end_offset)).toBe(
        sliceCodePoints(MULTILINGUAL_TEXT, codePoints[index]!.start_offset, codePoints[index]!.end_offset),
      );
    }
    expect(doccanoCodec.unitFor('utf16')).toBe('utf16');
  });

  it('warns once when spans of several annotators share a record and when notes are dropped', () => {
    const mixed = nativeDocument('m', 'one two', [
      { start: 0, end: 3, label: 'claim', annotator: 'ana', note: 'why' },
      { start: 4, end: 7, label: 'claim', annotator: 'bo' },
    ]);
    const { warnings } = exportAll(doccanoCodec, [mixed, mixed]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/2 document\(s\) had spans by several annotators/u);
    expect(warnings[1]).toMatch(/2 note\(s\)/u);
    expect(exportAll(doccanoCodec, [plain]).warnings).toEqual([]);
  });
});
