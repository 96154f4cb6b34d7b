import { describe, expect, it } from 'vitest';
import { labelStudioCodec } from '../../../shared/formats/labelStudio';
import { annotatorName } from '../../../shared/formats/labelStudioTask';
import type { NativeDocument } from '../../../shared/formats/native';
import { sliceCodePoints } from '../../../shared/offsets';
import { memoryFile } from '../../helpers/codecIo';
import { exportAll, nativeDocument, parseAll, parseValid } from '../../helpers/codecRuns';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';
import { surrogatePairsBefore } from '../../helpers/surrogatePairs';

function parseJson(name: string, value: unknown): NativeDocument[] {
  return parseValid(labelStudioCodec, [memoryFile(name, JSON.stringify(value, null, 2))]);
}

function region(id: string, start: number, end: number, labels: string[], text?: string) {
  return {
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start, end, labels, ...(text === undefined ? {} : { text }) },
  };
}

function quotes(document: NativeDocument): [string | undefined, string, string][] {
  return document.spans.map((span) => [
    span.annotator,
    span.label,
    sliceCodePoints(document.text, span.start, span.end),
  ]);
}

// Shaped like a Label Studio 1.x "JSON" export: extra bookkeeping fields, numeric user ids, predictions.
const exportedTask = {
  id: 7,
  data: { text: 'Officials said the reforms will cut costs. Critics call it a disaster.' },
  meta: { batch: 'b1' },
  created_at: '2024-01-01T10:00:00Z',
  annotations: [
    {
      id: 101,
      completed_by: 10,
      was_cancelled: false,
      lead_time: 12.5,
      result: [
        region('a1', 15, 41, ['claim'], 'the reforms will cut costs'),
        region('a2', 43, 70, ['Loaded_Language'], 'Critics call it a disaster.'),
        { from_id: 'a2', to_id: 'a1', type: 'relation', direction: 'right', labels: ['contradicts'] },
        { id: 'c1', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['negative'] } },
      ],
    },
    {
      id: 102,
      completed_by: { id: 11, email: 'bo@example.org' },
      result: [region('b1', 0, 9, ['opinion'], 'Officials'), { from_id: 'b1', to_id: 'b1', type: 'relation' }],
    },
    { id: 103, completed_by: 12, was_cancelled: true, result: [region('x', 0, 9, ['claim'], 'Officials')] },
  ],
  predictions: [{ model_version: 'ner-v2', result: [region('a1', 15, 41, ['claim'], 'the reforms will cut costs')] }],
};

describe('Label Studio import', () => {
  it('reads an exported task: annotators from completed_by, relations, predictions as their own annotator', () => {
    const [document] = parseJson('export.json', [exportedTask]);
    expect(document!.id).toBe('7');
    expect(document!.meta).toEqual({ batch: 'b1' });
    expect(quotes(document!)).toEqual([
      ['user-10', 'claim', 'the reforms will cut costs'],
      ['user-10', 'Loaded_Language', 'Critics call it a disaster.'],
      ['bo@example.org', 'opinion', 'Officials'],
      ['prediction-ner-v2', 'claim', 'the reforms will cut costs'],
    ]);
    // The prediction reused the annotation's region id; span ids stay unique.
    expect(document!.spans.map((span) => span.id)).toEqual(['a1', 'a2', 'b1', 'a1-2']);
    expect(document!.relations).toEqual([
      { id: 'a2-contradicts-a1', type: 'contradicts', from: 'a2', to: 'a1', annotator: 'user-10' },
      { id: 'b1-related-b1', type: 'related', from: 'b1', to: 'b1', annotator: 'bo@example.org' },
    ]);
  });

  it("reads Label Studio #1347's emoji task: UTF-16 offsets are recognised by the region text", () => {
    // Label Studio wrote start 13, end 23 for "annotation" after one emoji; Python counts 12..22.
    const [document] = parseJson('emoji.json', [
      {
        data: { text: '💩This is an annotation.' },
        annotations: [{ result: [region('r', 13, 23, ['claim'], 'annotation')] }],
      },
    ]);
    expect(document!.spans[0]).toMatchObject({ start: 12, end: 22 });
    expect(quotes(document!)[0]![2]).toBe('annotation');
  });

  it('prefers code points when the region text matches them, and assumes UTF-16 when there is no text', () => {
    const wave = codePointRange(MULTILINGUAL_TEXT, '中文的主张');
    const utf16Start = MULTILINGUAL_TEXT.indexOf('中文的主张');
    const [document] = parseJson('t.json', {
      data: { text: MULTILINGUAL_TEXT },
      annotations: [
        {
          completed_by: 'ana',
          result: [
            region('cp', wave.start, wave.end, ['claim'], '中文的主张'),
            region('js', utf16Start, utf16Start + 5, ['opinion']),
          ],
        },
      ],
    });
    expect(wave.start).not.toBe(utf16Start);
    expect(quotes(document!)).toEqual([
      ['ana', 'claim', '中文的主张'],
      ['ana', 'opinion', '中文的主张'],
    ]);
  });

  it('accepts region text whose whitespace Label Studio collapsed (#3078)', () => {
    const [document] = parseJson('ws.json', [
      {
        data: { text: 'Text: Berlin,  Germany.' },
        annotations: [{ result: [region('r', 6, 22, ['claim'], 'Berlin, Germany')] }],
      },
    ]);
    expect(quotes(document!)[0]![2]).toBe('Berlin,  Germany');
    expect(document!.spans[0]!.quote).toBeUndefined();
  });

  it('keeps the region text as the quote when no reading matches, so validation reports the drift', () => {
    const [document] = parseJson('drift.json', [
      { data: { text: 'abcdef' }, annotations: [{ result: [region('r', 0, 3, ['claim'], 'xyz')] }] },
    ]);
    expect(document!.spans[0]).toMatchObject({ start: 0, end: 3, quote: 'xyz' });
  });

  it('uses the unit a task declares in meta.spanmark_offsets and drops that key from meta', () => {
    const text = '😀😀 ab';
    const [asUtf16] = parseJson('u.json', {
      data: { text },
      meta: { spanmark_offsets: 'utf16', k: 1 },
      annotations: [{ result: [region('r', 5, 7, ['claim'])] }],
    });
    const [asCodePoints] = parseJson('c.json', {
      data: { text },
      meta: { spanmark_offsets: 'codepoint' },
      annotations: [{ result: [region('r', 3, 5, ['claim'])] }],
    });
    expect(quotes(asUtf16!)[0]![2]).toBe('ab');
    expect(quotes(asCodePoints!)[0]![2]).toBe('ab');
    expect(asUtf16!.meta).toEqual({ k: 1 });
  });

  it('reads a single pretty-printed task, JSON Lines of tasks, flat import tasks and the first string field of data', () => {
    const single = parseJson('one.json', { id: 'doc-a', data: { body: 'Body text' } });
    expect(single.map((document) => [document.id, document.text])).toEqual([['doc-a', 'Body text']]);
    const lines = parseValid(labelStudioCodec, [
      memoryFile(
        'dir/tasks.jsonl',
        `${JSON.stringify({ text: 'flat one' })}\n\n${JSON.stringify({ data: { text: 'two' } })}\n`,
      ),
    ]);
    expect(lines.map((document) => [document.id, document.text])).toEqual([
      ['tasks-1', 'flat one'],
      ['tasks-3', 'two'],
    ]);
  });

  it('makes one span per label of a multi-label region and honours a left-pointing relation', () => {
    const [document] = parseJson('m.json', [
      {
        data: { text: 'one two' },
        annotations: [
          {
            result: [
              region('r1', 0, 3, ['claim', 'opinion'], 'one'),
              region('r2', 4, 7, ['evidence'], 'two'),
              { from_id: 'r1', to_id: 'r2', type: 'relation', direction: 'left', labels: ['supports'] },
            ],
          },
        ],
      },
    ]);
    expect(document!.spans.map((span) => [span.id, span.label])).toEqual([
      ['r1', 'claim'],
      ['r1-2', 'opinion'],
      ['r2', 'evidence'],
    ]);
    expect(document!.relations.map((relation) => [relation.from, relation.type, relation.to])).toEqual([
      ['r2', 'supports', 'r1'],
    ]);
  });

  it('names annotators readably whatever completed_by holds', () => {
    expect(
      [3, 'ana', { email: 'e@x.org', id: 1 }, { username: 'kim' }, { id: 4 }, null, ''].map(annotatorName),
    ).toEqual(['user-3', 'ana', 'e@x.org', 'kim', 'user-4', undefined, undefined]);
  });
});

describe('Label Studio import errors name the file and the line of the task', () => {
  const good = { data: { text: 'fine text' } };
  const cases: [string, unknown, RegExp][] = [
    ['a task that is not an object', 'just text', /t\.json:3: expected a Label Studio task/u],
    ['a task without text', { data: { image: 5 } }, /t\.json:3: the task has no text/u],
    [
      'a fractional offset',
      { ...good, annotations: [{ result: [region('r', 0.5, 2, ['claim'])] }] },
      /t\.json:3: annotations\[0\]\.result\[0\] field "value\.start"/u,
    ],
    [
      'a region without labels',
      { ...good, annotations: [{ result: [region('r', 0, 2, [])] }] },
      /t\.json:3: annotations\[0\]\.result\[0\] field "value\.labels"/u,
    ],
    [
      'a HyperText region',
      {
        ...good,
        annotations: [
          {
            result: [{ id: 'h', type: 'hypertextlabels', value: { start: '/p[1]', end: '/p[1]', htmllabels: ['x'] } }],
          },
        ],
      },
      /t\.json:3: annotations\[0\]\.result\[0\] is a "hypertextlabels" region/u,
    ],
    [
      'a relation to a region of another annotation',
      {
        ...good,
        annotations: [
          { result: [region('r', 0, 2, ['claim'])] },
          { result: [{ type: 'relation', from_id: 'r', to_id: 'r' }] },
        ],
      },
      /t\.json:3: annotations\[1\]\.result\[0\]: the relation points to region "r"/u,
    ],
    [
      'an unknown declared unit',
      { ...good, meta: { spanmark_offsets: 'bytes' } },
      /t\.json:3: meta\.spanmark_offsets is "bytes"/u,
    ],
    ['annotations that are not a list', { ...good, annotations: {} }, /t\.json:3: the task field "annotations"/u],
  ];
  for (const [name, badTask, message] of cases) {
    it(`rejects ${name} and reads the tasks around it`, () => {
      const content = `[\n${JSON.stringify(good)},\n${JSON.stringify(badTask)},\n${JSON.stringify(good)}\n]\n`;
      const { parsed, errors } = parseAll(labelStudioCodec, [memoryFile('t.json', content)]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(parsed.map((item) => item.line)).toEqual([2, 4]);
    });
  }

  it('reports invalid JSON at the line of the mistake', () => {
    const { parsed, errors } = parseAll(labelStudioCodec, [
      memoryFile('t.json', '[\n{"data": {"text": "a"}},\n{"data":\n {"text": "b",}},\n{"data": {"text": "c"}}\n]'),
    ]);
    expect(errors).toEqual([expect.stringMatching(/^t\.json:4: not valid JSON/u)]);
    expect(parsed.map((item) => item.document.text)).toEqual(['a', 'c']);
  });

  it('reports an array that is never closed, or elements without commas', () => {
    expect(
      parseAll(labelStudioCodec, [memoryFile('t.json', '[\n{"data": {"text": "a"}}\n{"data": {"text": "b"}}\n]')])
        .errors,
    ).toEqual([expect.stringMatching(/^t\.json:3: expected "," or "\]" after an array element/u)]);
    expect(parseAll(labelStudioCodec, [memoryFile('t.json', '[\n{"data": {"text": "a"}\n')]).errors).toEqual([
      expect.stringMatching(/^t\.json:2: the object opened here is never closed/u),
    ]);
  });
});

describe('Label Studio export', () => {
  const wave = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');
  const flag = codePointRange(MULTILINGUAL_TEXT, '🇺🇳 aid');
  const arabic = codePointRange(MULTILINGUAL_TEXT, 'هذا ادعاء');
  const document = nativeDocument(
    'art-1',
    MULTILINGUAL_TEXT,
    [
      { id: 's1', ...wave, label: 'claim', annotator: 'ana', note: 'check this' },
      { id: 's2', ...flag, label: 'propaganda', technique: 'Flag-Waving', annotator: 'bo' },
      { id: 's3', ...arabic, label: 'evidence', annotator: 'ana' },
    ],
    [
      { id: 'r1', type: 'supports', from: 's3', to: 's1', annotator: 'ana' },
      { id: 'r2', type: 'contradicts', from: 's2', to: 's1', annotator: 'bo' },
    ],
    { source: 'wire' },
  );

  it('writes one task with an annotation per annotator, region ids = span ids and the unit in meta', () => {
    const { output, warnings } = exportAll(labelStudioCodec, [document]);
    expect(JSON.parse(output)).toEqual([
      {
        id: 'art-1',
        data: { text: MULTILINGUAL_TEXT },
        meta: { source: 'wire', spanmark_offsets: 'codepoint' },
        annotations: [
          {
            completed_by: 'ana',
            result: [
              { ...region('s1', wave.start, wave.end, ['claim'], '👋🏽 world'), meta: { text: ['check this'] } },
              region('s3', arabic.start, arabic.end, ['evidence'], 'هذا ادعاء'),
              { from_id: 's3', to_id: 's1', type: 'relation', direction: 'right', labels: ['supports'] },
            ],
          },
          { completed_by: 'bo', result: [region('s2', flag.start, flag.end, ['Flag-Waving'], '🇺🇳 aid')] },
        ],
      },
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/^Label Studio links regions only within one annotation: 1 relation/u),
    ]);
  });

  it('streams an array with one task a line, and an empty export is still valid JSON', () => {
    const { output } = exportAll(labelStudioCodec, [document, nativeDocument('art-2', 'Plain.')]);
    const lines = output.split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.slice(-2)).toEqual([']', '']);
    expect(lines).toHaveLength(5);
    expect(lines[1]!.endsWith(',')).toBe(true);
    expect(JSON.parse(output)).toHaveLength(2);
    expect(JSON.parse(exportAll(labelStudioCodec, []).output)).toEqual([]);
  });

  for (const unit of ['codepoint', 'utf16'] as const) {
    it(`round-trips with ${unit} offsets: export, parse, export gives the same bytes`, () => {
      const first = exportAll(labelStudioCodec, [document, nativeDocument('art-2', 'Plain.\r\n')], unit).output;
      const parsed = parseValid(labelStudioCodec, [memoryFile('out.json', first)]);
      expect(parsed[0]!.spans.map((span) => sliceCodePoints(MULTILINGUAL_TEXT, span.start, span.end))).toEqual([
        '👋🏽 world',
        'هذا ادعاء',
        '🇺🇳 aid',
      ]);
      expect(parsed[0]!.spans[0]!.note).toBe('check this');
      expect(parsed[0]!.meta).toEqual({ source: 'wire' });
      expect(parsed[1]!.text).toBe('Plain.\r\n');
      expect(exportAll(labelStudioCodec, parsed, unit).output).toBe(first);
    });
  }

  it('writes UTF-16 offsets on request, larger by the surrogate pairs before them, that JavaScript slices correctly', () => {
    type Task = { annotations: { result: { value?: { start: number; end: number; text: string } }[] }[] };
    const regions = (unit: 'codepoint' | 'utf16') =>
      (JSON.parse(exportAll(labelStudioCodec, [document], unit).output) as Task[])[0]!.annotations.flatMap(
        (annotation) => annotation.result.flatMap((result) => (result.value === undefined ? [] : [result.value])),
      );
    const codePoints = regions('codepoint');
    const utf16 = regions('utf16');
    expect(utf16.map((value, index) => value.start - codePoints[index]!.start)).toEqual([0, 4, 2]);
    utf16.forEach((value, index) => {
      expect(value.end).toBe(codePoints[index]!.end + surrogatePairsBefore(MULTILINGUAL_TEXT, codePoints[index]!.end));
      expect(MULTILINGUAL_TEXT.slice(value.start, value.end)).toBe(value.text);
    });
  });
});
