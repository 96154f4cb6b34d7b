// The curation view's pure parts, headless: the context shown around a group, the keys, the walk
// order and the words for undo and redo.
import { describe, expect, it } from 'vitest';
import { offsetMapFor } from '../../../shared/offsets';
import { contextPieces, contextRange } from '../../../renderer/curation/contextSegments';
import { describeStep } from '../../../renderer/curation/describeStep';
import {
  firstPosition,
  nextPosition,
  positionAfterSettling,
  previousPosition,
} from '../../../renderer/curation/walkOrder';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';
import { span } from './curationFixtures';

describe('context around a group', () => {
  const map = offsetMapFor(MULTILINGUAL_TEXT);

  it('stops at the line breaks around the group and slices by code points across emoji and CRLF', () => {
    const group = codePointRange(MULTILINGUAL_TEXT, 'minister said 🇺🇳 aid');
    const range = contextRange(MULTILINGUAL_TEXT, map, group.start, group.end, 200);
    expect(pySlice(MULTILINGUAL_TEXT, range.start, range.end)).toBe(
      '中文的主张在这里。 The minister said 🇺🇳 aid arrived.',
    );
    expect(range).toMatchObject({ clippedBefore: true, clippedAfter: true });
  });

  it('ends at a word boundary when no line break is near', () => {
    const text = 'one two three four five six seven eight nine ten';
    const range = contextRange(text, offsetMapFor(text), 20, 23, 6);
    expect(text.slice(range.start, range.end)).toBe('four five six');
    expect(contextRange(text, offsetMapFor(text), 0, 3, 100)).toEqual({
      start: 0,
      end: text.length,
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('cuts the context at span boundaries and lists the covering spans, shortest last', () => {
    const wave = codePointRange(MULTILINGUAL_TEXT, '👋🏽');
    const greeting = codePointRange(MULTILINGUAL_TEXT, 'Héllo 👋🏽 world');
    const long = span('ana', 'long', greeting.start, greeting.end);
    const short = span('bo', 'short', wave.start, wave.end, 'opinion');
    const pieces = contextPieces(MULTILINGUAL_TEXT, map, { start: 0, end: greeting.end }, [short, long]);
    expect(pieces.map((p) => [p.text, p.spans.map((s) => s.id)])).toEqual([
      ['Héllo ', ['long']],
      ['👋🏽', ['long', 'short']],
      [' world', ['long']],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(pySlice(MULTILINGUAL_TEXT, 0, greeting.end));
  });
});

describe('walk order', () => {
  const counts = [
    { document: 'a', open: 2 },
    { document: 'b', open: 0 },
    { document: 'c', open: 1 },
  ];

  it('goes through the groups of each document, skipping documents with none open', () => {
    expect(firstPosition(counts)).toEqual({ document: 'a', index: 0 });
    expect(nextPosition(counts, { document: 'a', index: 0 })).toEqual({ document: 'a', index: 1 });
    expect(nextPosition(counts, { document: 'a', index: 1 })).toEqual({ document: 'c', index: 0 });
    expect(nextPosition(counts, { document: 'c', index: 0 })).toBeNull();
    expect(previousPosition(counts, { document: 'c', index: 0 })).toEqual({ document: 'a', index: 1 });
    expect(previousPosition(counts, { document: 'a', index: 0 })).toBeNull();
    expect(firstPosition([{ document: 'a', open: 0 }])).toBeNull();
  });

  it('stands on the group that moved up after one was settled, else on the next document’s, else wraps', () => {
    const after = [
      { document: 'a', open: 1 },
      { document: 'c', open: 1 },
    ];
    expect(positionAfterSettling(after, { document: 'a', index: 0 })).toEqual({ document: 'a', index: 0 });
    expect(positionAfterSettling(after, { document: 'a', index: 1 })).toEqual({ document: 'c', index: 0 });
    expect(
      positionAfterSettling(
        [
          { document: 'a', open: 1 },
          { document: 'c', open: 0 },
        ],
        { document: 'c', index: 0 },
      ),
    ).toEqual({ document: 'a', index: 0 });
    expect(positionAfterSettling([{ document: 'a', open: 0 }], { document: 'a', index: 0 })).toBeNull();
  });
});

describe('undo and redo in words', () => {
  const decision = { key: 'k', action: 'accept' as const, annotator: 'ana', spans: ['a'], gold: ['gold:a'] };
  it('names the decision, the edit or the auto-merge that was taken back', () => {
    expect(describeStep('undo', [{ kind: 'decision.delete', decision }], 'd1')).toBe('Undid accepting ana’s version.');
    expect(
      describeStep(
        'redo',
        [{ kind: 'decision.create', decision: { ...decision, action: 'reject', annotator: null } }],
        'd1',
      ),
    ).toBe('Redid rejecting all versions.');
    expect(
      describeStep(
        'undo',
        [{ kind: 'span.update', before: span('gold', 'g', 0, 1), after: span('gold', 'g', 0, 2) }],
        'd1',
      ),
    ).toBe('Undid the edit of a gold span.');
    expect(
      describeStep(
        'undo',
        [
          { kind: 'span.delete', span: span('gold', 'g', 0, 1), relations: [] },
          { kind: 'span.delete', span: span('gold', 'h', 2, 3), relations: [] },
        ],
        'd1',
      ),
    ).toBe('Undid 2 gold spans in d1.');
  });
});
