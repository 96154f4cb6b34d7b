import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../shared/offsets';
import { compareSpans, type CompareSpan } from '../../../renderer/compare/compareSpans';
import { segmentParagraphs } from '../../../renderer/compare/textSegments';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

const s = (annotator: string, label: string, start: number, end: number): CompareSpan => ({
  id: `${annotator}${start}-${end}${label}`,
  annotator,
  label,
  start,
  end,
});

describe('segmentParagraphs', () => {
  // Code points: "👋🏽" is two, "\r\n" two, so "world" starts at 9 and "Next" at 18.
  const text = '👋🏽 hello world\r\n\r\nNext line\r\nsame paragraph';
  const spans = [s('ann', 'claim', 3, 14), s('bob', 'claim', 9, 14), s('bob', 'opinion', 18, 22)];
  const annotators = ['ann', 'bob'];
  const groups = compareSpans(spans, annotators);
  const paragraphs = segmentParagraphs(text, spans, groups, annotators);

  it('cuts paragraphs (blank lines hidden) at every span boundary, with code-point offsets and exact text', () => {
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 14],
      [18, 43],
    ]);
    expect(paragraphs[0]!.segments.map((seg) => [seg.start, seg.end, seg.text])).toEqual([
      [0, 3, '👋🏽 '],
      [3, 9, 'hello '],
      [9, 14, 'world'],
    ]);
    // The line break inside the second paragraph stays in its text.
    expect(paragraphs[1]!.segments.map((seg) => seg.text)).toEqual(['Next', ' line\r\nsame paragraph']);
    for (const paragraph of paragraphs)
      for (const seg of paragraph.segments) expect(seg.text).toBe(sliceCodePoints(text, seg.start, seg.end));
  });

  it('says per annotator which labels cover a stretch and where spans start and end', () => {
    const [, hello, world] = paragraphs[0]!.segments;
    expect(hello!.labels).toEqual([['claim'], []]);
    expect(hello!.startLabels).toEqual([['claim'], []]);
    expect(world!.labels).toEqual([['claim'], ['claim']]);
    expect(world!.startLabels).toEqual([[], ['claim']]);
    expect(world!.spanEnds).toEqual([true, true]);
  });

  it('marks the stretches of each group, anchoring the first one only', () => {
    expect(paragraphs[0]!.segments.map((seg) => [seg.group, seg.groupAnchor])).toEqual([
      [null, false],
      [0, true],
      [0, false],
    ]);
    expect(paragraphs[1]!.segments.map((seg) => [seg.group, seg.groupAnchor])).toEqual([
      [1, true],
      [null, false],
    ]);
  });

  it('shows a span running across a blank line in both paragraphs, and nothing of the hidden break', () => {
    const across = [s('ann', 'claim', 10, 22)];
    const cut = segmentParagraphs(text, across, compareSpans(across, ['ann']), ['ann']);
    const covered = cut.flatMap((p) => p.segments.filter((seg) => seg.labels[0]!.length > 0).map((seg) => seg.text));
    expect(covered).toEqual(['orld', 'Next']);
  });

  it('covers every shown character of a multilingual text exactly once, with the labels of the spans over it', () => {
    const length = [...MULTILINGUAL_TEXT].length;
    const arbitrarySpan = fc
      .record({
        annotator: fc.constantFrom('ann', 'bob'),
        label: fc.constantFrom('claim', 'opinion'),
        start: fc.nat(length - 1),
        size: fc.nat(12),
      })
      .map(({ annotator, label, start, size }) => s(annotator, label, start, Math.min(length, start + size)));
    fc.assert(
      fc.property(fc.array(arbitrarySpan, { maxLength: 12 }), (random) => {
        const cut = segmentParagraphs(MULTILINGUAL_TEXT, random, compareSpans(random, ['ann', 'bob']), ['ann', 'bob']);
        let previousEnd = -1;
        for (const paragraph of cut) {
          expect(paragraph.segments.map((seg) => seg.text).join('')).toBe(
            sliceCodePoints(MULTILINGUAL_TEXT, paragraph.start, paragraph.end),
          );
          for (const seg of paragraph.segments) {
            expect(seg.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = seg.end;
            ['ann', 'bob'].forEach((annotator, lane) => {
              const expected = [
                ...new Set(
                  random
                    .filter((x) => x.annotator === annotator && x.start <= seg.start && seg.start < x.end)
                    .map((x) => x.label),
                ),
              ].sort();
              expect(seg.labels[lane]).toEqual(expected);
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
