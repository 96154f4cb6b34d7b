import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpanIndex, type IndexedSpan } from '../../../renderer/editor/spanIndex';

const spanArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 120 }))
  .map(([start, length]) => ({ start, end: start + length }));

function withIds(ranges: { start: number; end: number }[]): IndexedSpan[] {
  return ranges.map((range, i) => ({ id: `s${i}`, ...range }));
}

function size(span: IndexedSpan): number {
  return span.end - span.start;
}

describe('SpanIndex', () => {
  const spans = withIds([
    { start: 0, end: 100 }, // s0: a whole paragraph
    { start: 10, end: 20 }, // s1
    { start: 12, end: 15 }, // s2: nested in s1
    { start: 18, end: 30 }, // s3: overlaps s1's end
    { start: 50, end: 51 }, // s4: one character
  ]);
  const index = SpanIndex.of(spans);

  it('finds every span covering a character, smallest first', () => {
    expect(index.at(13).map((s) => s.id)).toEqual(['s2', 's1', 's0']);
    expect(index.at(19).map((s) => s.id)).toEqual(['s1', 's3', 's0']);
    expect(index.at(20).map((s) => s.id)).toEqual(['s3', 's0']); // ends are exclusive
    expect(index.at(100)).toEqual([]);
  });

  it('gives the smallest span under a point, the one a click selects', () => {
    expect(index.smallestAt(14)?.id).toBe('s2');
    expect(index.smallestAt(50)?.id).toBe('s4');
    expect(index.smallestAt(70)?.id).toBe('s0');
    expect(index.smallestAt(150)).toBeNull();
  });

  it('walks spans in text order for Tab, wrapping around and skipping refused ones', () => {
    expect(index.inTextOrder().map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(index.neighbour(null, 1)?.id).toBe('s0');
    expect(index.neighbour(null, -1)?.id).toBe('s4');
    expect(index.neighbour('s2', 1)?.id).toBe('s3');
    expect(index.neighbour('s4', 1)?.id).toBe('s0');
    expect(index.neighbour('s0', -1)?.id).toBe('s4');
    expect(index.neighbour('s1', 1, (s) => s.id !== 's2')?.id).toBe('s3');
  });

  it('updates without touching the old index', () => {
    const next = index.update(
      ['s2'],
      [
        { id: 's5', start: 11, end: 13 },
        { id: 's1', start: 10, end: 25 },
      ],
    );
    expect(next.inTextOrder().map((s) => `${s.id}:${s.start}-${s.end}`)).toEqual([
      's0:0-100',
      's1:10-25',
      's5:11-13',
      's3:18-30',
      's4:50-51',
    ]);
    expect(index.size).toBe(5);
    expect(index.at(13).map((s) => s.id)).toEqual(['s2', 's1', 's0']);
  });

  it('agrees with a brute-force search on random spans', () => {
    fc.assert(
      fc.property(
        fc.array(spanArbitrary, { maxLength: 200 }),
        fc.integer({ min: 0, max: 430 }),
        fc.integer({ min: 1, max: 40 }),
        (ranges, point, width) => {
          const all = withIds(ranges);
          const built = SpanIndex.of(all);
          const covering = all.filter((s) => s.start <= point && point < s.end);
          expect(
            built
              .at(point)
              .map((s) => s.id)
              .sort(),
          ).toEqual(covering.map((s) => s.id).sort());
          const smallest = built.smallestAt(point);
          if (covering.length === 0) expect(smallest).toBeNull();
          else expect(size(smallest!)).toBe(Math.min(...covering.map(size)));
          const overlapping = all.filter((s) => s.start < point + width && s.end > point);
          expect(
            built
              .overlapping(point, point + width)
              .map((s) => s.id)
              .sort(),
          ).toEqual(overlapping.map((s) => s.id).sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays sorted through random updates', () => {
    fc.assert(
      fc.property(
        fc.array(spanArbitrary, { minLength: 1, maxLength: 80 }),
        fc.array(spanArbitrary, { maxLength: 20 }),
        (ranges, added) => {
          const all = withIds(ranges);
          const removeIds = all.filter((_, i) => i % 3 === 0).map((s) => s.id);
          const additions = added.map((range, i) => ({ id: `n${i}`, ...range }));
          const updated = SpanIndex.of(all).update(removeIds, additions);
          const expected = SpanIndex.of([...all.filter((s) => !removeIds.includes(s.id)), ...additions]);
          expect(updated.inTextOrder()).toEqual(expected.inTextOrder());
        },
      ),
    );
  });
});
