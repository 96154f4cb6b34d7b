import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpanIndex, type IndexedSpan } from '../../../renderer/editor/spanIndex';
import { assignDepths, updateDepths } from '../../../renderer/editor/spanLayers';

const spanArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 60 }))
  .map(([start, length]) => ({ start, end: start + length }));

function overlaps(a: IndexedSpan, b: IndexedSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: IndexedSpan, inner: IndexedSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

describe('overlap layering', () => {
  it('puts the longest span lowest and each nested span one deeper, five levels down', () => {
    const nested = [
      { id: 'a', start: 0, end: 100 },
      { id: 'b', start: 10, end: 90 },
      { id: 'c', start: 20, end: 80 },
      { id: 'd', start: 30, end: 70 },
      { id: 'e', start: 40, end: 60 },
      { id: 'lonely', start: 200, end: 210 },
    ];
    const depths = assignDepths(SpanIndex.of(nested));
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1, c: 2, d: 3, e: 4, lonely: 0 });
  });

  it('gives the same label twice on the same text two depths', () => {
    const depths = assignDepths(
      SpanIndex.of([
        { id: 'x', start: 5, end: 9 },
        { id: 'y', start: 5, end: 9 },
      ]),
    );
    expect(new Set(depths.values())).toEqual(new Set([0, 1]));
  });

  it('never gives two overlapping spans one depth, and a contained span is always deeper', () => {
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 120 }), (ranges) => {
        const spans = ranges.map((r, i) => ({ id: `s${i}`, ...r }));
        const depths = assignDepths(SpanIndex.of(spans));
        for (const a of spans) {
          for (const b of spans) {
            if (a === b || !overlaps(a, b)) continue;
            expect(depths.get(a.id)).not.toBe(depths.get(b.id));
            if (contains(a, b) && !contains(b, a)) expect(depths.get(b.id)!).toBeGreaterThan(depths.get(a.id)!);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('relayers only the touched overlap group, with the same result as starting over', () => {
    fc.assert(
      fc.property(
        fc.array(spanArbitrary, { minLength: 1, maxLength: 100 }),
        spanArbitrary,
        fc.nat(),
        (ranges, added, pick) => {
          const spans = ranges.map((r, i) => ({ id: `s${i}`, ...r }));
          const index = SpanIndex.of(spans);
          const depths = assignDepths(index);
          // Add one span and remove another, as two edits would.
          const addedSpan = { id: 'new', ...added };
          const afterAdd = index.update([], [addedSpan]);
          const step1 = updateDepths(depths, afterAdd, [addedSpan]);
          expect(step1.depths).toEqual(assignDepths(afterAdd));
          expect(step1.changed).toContain('new');
          const victim = spans[pick % spans.length]!;
          const afterRemove = afterAdd.update([victim.id], []);
          const step2 = updateDepths(step1.depths, afterRemove, [victim], [victim.id]);
          expect(step2.depths).toEqual(assignDepths(afterRemove));
          // Exactly the spans whose depth moved are reported, so only they are drawn again.
          for (const [id, depth] of step2.depths) {
            expect(step2.changed.includes(id)).toBe(step1.depths.get(id) !== depth);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports as changed only spans whose depth moved', () => {
    const spans = [
      { id: 'long', start: 0, end: 50 },
      { id: 'far', start: 100, end: 120 },
    ];
    const index = SpanIndex.of(spans);
    const depths = assignDepths(index);
    // A longer span around "long" pushes it one level up; "far" is untouched.
    const outer = { id: 'outer', start: 0, end: 60 };
    const { depths: next, changed } = updateDepths(depths, index.update([], [outer]), [outer]);
    expect(next.get('outer')).toBe(0);
    expect(next.get('long')).toBe(1);
    expect(changed.sort()).toEqual(['long', 'outer']);
  });
});
