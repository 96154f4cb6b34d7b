import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../shared/domain';
import { comparableSpans } from '../../../renderer/compare/comparableSpans';
import { compareSpans, kindCounts, type CompareSpan, type SpanGroup } from '../../../renderer/compare/compareSpans';
import { AAEC_ANNOTATORS, aaecInput } from '../agreement/aaecCorpus';

let counter = 0;
function s(annotator: string, label: string, start: number, end: number): CompareSpan {
  return { id: `s${++counter}`, annotator, label, start, end };
}

const ANNOTATORS = ['ann', 'bob', 'cat'];

/** Groups as [start, end, kinds, missing] for compact expectations. */
function shape(groups: SpanGroup[]) {
  return groups.map((g) => [g.start, g.end, g.kinds, g.missing]);
}

describe('compareSpans on one hand-made document', () => {
  const spans = [
    // agreement: three identical spans
    s('cat', 'evidence', 40, 50),
    s('ann', 'evidence', 40, 50),
    s('bob', 'evidence', 40, 50),
    // missing: cat has nothing here
    s('ann', 'claim', 0, 10),
    s('bob', 'claim', 0, 10),
    // boundary: same label, cat starts later
    s('ann', 'opinion', 20, 30),
    s('bob', 'opinion', 20, 30),
    s('cat', 'opinion', 22, 30),
    // label: cat says opinion
    s('ann', 'claim', 60, 70),
    s('bob', 'claim', 60, 70),
    s('cat', 'opinion', 60, 70),
  ];
  const groups = compareSpans(spans, ANNOTATORS);

  it('finds one group per stretch, in document order, each classified by how the annotators differ', () => {
    expect(shape(groups)).toEqual([
      [0, 10, ['missing'], ['cat']],
      [20, 30, ['boundary'], []],
      [40, 50, [], []],
      [60, 70, ['label'], []],
    ]);
    expect(groups.map((g) => g.index)).toEqual([0, 1, 2, 3]);
    expect(kindCounts(groups)).toEqual({ agreement: 1, missing: 1, label: 1, boundary: 1 });
  });

  it('lists a group’s spans by annotator order, then offsets', () => {
    expect(groups[2]!.spans.map((span) => span.annotator)).toEqual(['ann', 'bob', 'cat']);
    expect(groups[1]!.spans.map((span) => [span.annotator, span.start])).toEqual([
      ['ann', 20],
      ['bob', 20],
      ['cat', 22],
    ]);
  });
});

describe('compareSpans grouping rules', () => {
  it('keeps touching spans apart and chains overlapping ones into one group', () => {
    const groups = compareSpans(
      [
        s('ann', 'claim', 0, 5),
        s('bob', 'claim', 5, 9),
        s('ann', 'claim', 10, 14),
        s('bob', 'claim', 13, 20),
        s('ann', 'claim', 19, 25),
      ],
      ['ann', 'bob'],
    );
    expect(shape(groups)).toEqual([
      [0, 5, ['missing'], ['bob']],
      [5, 9, ['missing'], ['ann']],
      [10, 25, ['boundary'], []],
    ]);
  });

  it('reports a label and a boundary difference together, and a missing annotator first', () => {
    const groups = compareSpans([s('ann', 'claim', 0, 10), s('bob', 'opinion', 0, 12)], ANNOTATORS);
    expect(groups[0]!.kinds).toEqual(['missing', 'label', 'boundary']);
    expect(groups[0]!.missing).toEqual(['cat']);
  });

  it('calls the same boundaries with the labels swapped a label difference', () => {
    const groups = compareSpans(
      [s('ann', 'claim', 0, 10), s('ann', 'opinion', 2, 4), s('bob', 'opinion', 0, 10), s('bob', 'claim', 2, 4)],
      ['ann', 'bob'],
    );
    expect(shape(groups)).toEqual([[0, 10, ['label'], []]]);
  });

  it('treats a repeated identical span as the same marking', () => {
    const groups = compareSpans(
      [s('ann', 'claim', 0, 10), s('ann', 'claim', 0, 10), s('bob', 'claim', 0, 10)],
      ['ann', 'bob'],
    );
    expect(groups[0]!.kinds).toEqual([]);
  });

  it('ignores zero-length spans and annotators not compared', () => {
    const groups = compareSpans(
      [s('ann', 'claim', 3, 3), s('zoe', 'claim', 0, 10), s('bob', 'claim', 0, 4)],
      ['ann', 'bob'],
    );
    expect(shape(groups)).toEqual([[0, 4, ['missing'], ['ann']]]);
    expect(groups[0]!.spans.map((span) => span.annotator)).toEqual(['bob']);
  });

  it('finds nothing without spans', () => {
    expect(compareSpans([], ANNOTATORS)).toEqual([]);
  });
});

describe('comparableSpans', () => {
  const stored = (annotator: string, label: string, technique: string | null, start: number, end: number): Span => ({
    id: `${annotator}-${start}`,
    annotator,
    label,
    technique,
    start,
    end,
    note: '',
    quote: '',
    attributes: {},
  });
  const spans = [
    stored('ann', 'propaganda', 'Doubt', 0, 5),
    stored('bob', 'propaganda', null, 0, 5),
    stored('zoe', 'claim', null, 6, 9),
    stored('ann', 'claim', null, 6, 9),
  ];

  it('compares techniques as themselves at the stored level and as propaganda at the top level', () => {
    expect(
      comparableSpans(spans, { annotators: ['ann', 'bob'], labels: null, level: 'stored' }).map((x) => x.label),
    ).toEqual(['Doubt', 'propaganda', 'claim']);
    expect(
      comparableSpans(spans, { annotators: ['ann', 'bob'], labels: null, level: 'top' }).map((x) => x.label),
    ).toEqual(['propaganda', 'propaganda', 'claim']);
  });

  it('keeps only the selected labels, after the level is applied', () => {
    expect(
      comparableSpans(spans, { annotators: ['ann', 'bob'], labels: ['Doubt'], level: 'stored' }).map((x) => x.id),
    ).toEqual(['ann-0']);
    expect(
      comparableSpans(spans, { annotators: ['ann', 'bob'], labels: ['propaganda'], level: 'top' }).map((x) => x.id),
    ).toEqual(['ann-0', 'bob-0']);
  });
});

/** Brute force: connected components under overlap (union-find over every pair), then the definitions. */
function referenceGroups(spans: CompareSpan[], annotators: string[]) {
  const kept = spans.filter((x) => annotators.includes(x.annotator) && x.end > x.start);
  const parent = kept.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  kept.forEach((x, i) => kept.forEach((y, j) => x.start < y.end && y.start < x.end && (parent[find(i)] = find(j))));
  const components = new Map<number, CompareSpan[]>();
  kept.forEach((x, i) => components.set(find(i), [...(components.get(find(i)) ?? []), x]));
  return [...components.values()]
    .map((members) => {
      const signature = (annotator: string) =>
        [...new Set(members.filter((x) => x.annotator === annotator).map((x) => `${x.start}:${x.end}:${x.label}`))]
          .sort()
          .join(' ');
      const missing = annotators.filter((a) => !members.some((x) => x.annotator === a));
      const present = annotators.filter((a) => !missing.includes(a));
      return {
        start: Math.min(...members.map((x) => x.start)),
        ids: members.map((x) => x.id).sort(),
        agree: missing.length === 0 && new Set(present.map(signature)).size === 1,
        missing,
      };
    })
    .sort((x, y) => x.start - y.start);
}

function checkAgainstReference(spans: CompareSpan[], annotators: string[]) {
  const groups = compareSpans(spans, annotators);
  const reference = referenceGroups(spans, annotators);
  expect(groups.map((g) => g.spans.map((x) => x.id).sort())).toEqual(reference.map((r) => r.ids));
  expect(groups.map((g) => g.kinds.length === 0)).toEqual(reference.map((r) => r.agree));
  expect(groups.map((g) => g.missing)).toEqual(reference.map((r) => r.missing));
  groups.forEach((g, i) => {
    if (i > 0) expect(g.start).toBeGreaterThanOrEqual(groups[i - 1]!.end);
    expect(g.kinds.includes('missing')).toBe(g.missing.length > 0);
  });
  return groups;
}

describe('compareSpans against a brute-force reference', () => {
  it('agrees on random spans of three annotators', () => {
    const arbitrarySpan = fc
      .record({
        annotator: fc.constantFrom('ann', 'bob', 'cat', 'zoe'),
        label: fc.constantFrom('claim', 'opinion'),
        start: fc.nat(40),
        length: fc.nat(8),
      })
      .map(({ annotator, label, start, length }) => s(annotator, label, start, start + length));
    fc.assert(
      fc.property(fc.array(arbitrarySpan, { maxLength: 30 }), (spans) => void checkAgainstReference(spans, ANNOTATORS)),
      { numRuns: 300 },
    );
  });

  it('agrees on the AAEC essays (three real annotators) and finds every kind of disagreement there', () => {
    const found = new Set<string>();
    for (const document of aaecInput().documents) {
      const spans = document.spans.map((x, i) => ({
        id: `${document.id}-${i}`,
        annotator: x.annotator,
        label: x.label,
        start: x.start,
        end: x.end,
      }));
      const groups = checkAgainstReference(spans, AAEC_ANNOTATORS);
      for (const group of groups)
        for (const kind of group.kinds.length === 0 ? ['agreement'] : group.kinds) found.add(kind);
    }
    expect([...found].sort()).toEqual(['agreement', 'boundary', 'label', 'missing']);
  });

  it('finds the documented label flip of essay004 (Claim vs Premise at 1074–1158)', () => {
    const essay = aaecInput().documents.find((d) => d.id === 'essay004')!;
    const spans = essay.spans.map((x, i) => ({
      id: String(i),
      annotator: x.annotator,
      label: x.label,
      start: x.start,
      end: x.end,
    }));
    const group = compareSpans(spans, AAEC_ANNOTATORS).find((g) => g.start <= 1074 && 1158 <= g.end)!;
    expect(group.kinds).toContain('label');
    expect(new Set(group.spans.map((x) => x.label))).toEqual(new Set(['Claim', 'Premise']));
  });
});
