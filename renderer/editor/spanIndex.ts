// A sorted-interval index over spans (code-point offsets, end exclusive): which spans cover a
// character, which overlap a range, and the text order for Tab navigation. Immutable: an update
// returns a new index (copying a few thousand entries costs microseconds), so editor states that
// share an old index stay correct.

/** What the index needs to know of a span. */
export interface IndexedSpan {
  id: string;
  start: number;
  end: number;
}

/** Entries per block; each block remembers its largest end, so a lookup skips blocks that end early. */
const BLOCK = 32;

/** Text order: by start, the longer span first when two start together, then by id for stability. */
export function compareTextOrder(a: IndexedSpan, b: IndexedSpan): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Spans sorted in text order, with per-block maximum ends for fast stabbing queries. */
export class SpanIndex<S extends IndexedSpan = IndexedSpan> {
  private readonly blockMaxEnd: number[];

  private constructor(private readonly sorted: readonly S[]) {
    this.blockMaxEnd = [];
    for (let i = 0; i < sorted.length; i += BLOCK) {
      let max = -1;
      for (let j = i; j < Math.min(i + BLOCK, sorted.length); j++) max = Math.max(max, sorted[j]!.end);
      this.blockMaxEnd.push(max);
    }
  }

  /** An index of the given spans. */
  static of<S extends IndexedSpan>(spans: Iterable<S>): SpanIndex<S> {
    return new SpanIndex([...spans].sort(compareTextOrder));
  }

  /** How many spans the index holds. */
  get size(): number {
    return this.sorted.length;
  }

  /** Every span in text order. */
  inTextOrder(): readonly S[] {
    return this.sorted;
  }

  /** A new index without the spans whose ids are in `removeIds`, and with `add` (replacing same ids). */
  update(removeIds: Iterable<string>, add: readonly S[]): SpanIndex<S> {
    const gone = new Set(removeIds);
    for (const span of add) gone.add(span.id);
    if (gone.size === 0) return this;
    const kept = this.sorted.filter((span) => !gone.has(span.id));
    if (add.length === 0) return new SpanIndex(kept);
    // Merge the few new spans into the already sorted rest instead of sorting everything again.
    const added = [...add].sort(compareTextOrder);
    const merged: S[] = [];
    let i = 0;
    for (const span of added) {
      while (i < kept.length && compareTextOrder(kept[i]!, span) < 0) merged.push(kept[i++]!);
      merged.push(span);
    }
    while (i < kept.length) merged.push(kept[i++]!);
    return new SpanIndex(merged);
  }

  /** The spans covering the character at `offset` (start <= offset < end), smallest first. */
  at(offset: number): S[] {
    const found: S[] = [];
    const last = this.upperBoundStart(offset) - 1;
    for (let block = Math.floor(last / BLOCK); block >= 0; block--) {
      if (this.blockMaxEnd[block]! <= offset) continue;
      const from = block * BLOCK;
      for (let i = Math.min(last, from + BLOCK - 1); i >= from; i--) {
        const span = this.sorted[i]!;
        if (span.end > offset) found.push(span);
      }
    }
    return found.sort(bySize);
  }

  /** The smallest span covering the character at `offset`, or null: the one a click there selects. */
  smallestAt(offset: number): S | null {
    return this.at(offset)[0] ?? null;
  }

  /** The spans sharing at least one character with [start, end), in text order. */
  overlapping(start: number, end: number): S[] {
    const found: S[] = [];
    const last = this.upperBoundStart(end - 1) - 1;
    for (let block = 0; block <= Math.floor(last / BLOCK); block++) {
      if (this.blockMaxEnd[block]! <= start) continue;
      const from = block * BLOCK;
      for (let i = from; i <= Math.min(last, from + BLOCK - 1); i++) {
        if (this.sorted[i]!.end > start) found.push(this.sorted[i]!);
      }
    }
    return found;
  }

  /** The span after (`step` 1) or before (-1) the one with `id` in text order, wrapping around; the first or last when `id` is null or unknown. */
  neighbour(id: string | null, step: 1 | -1, accept: (span: S) => boolean = () => true): S | null {
    const count = this.sorted.length;
    if (count === 0) return null;
    const here = id === null ? -1 : this.sorted.findIndex((span) => span.id === id);
    const begin = here < 0 ? (step > 0 ? -1 : count) : here;
    for (let k = 1; k <= count; k++) {
      const span = this.sorted[(((begin + step * k) % count) + count) % count]!;
      if (accept(span)) return span;
    }
    return null;
  }

  /** The first span starting at or after `offset` in text order, or null. */
  firstFrom(offset: number): S | null {
    return this.sorted[this.upperBoundStart(offset - 1)] ?? null;
  }

  /** Index of the first span whose start is greater than `offset`. */
  private upperBoundStart(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function bySize(a: IndexedSpan, b: IndexedSpan): number {
  return a.end - a.start - (b.end - b.start) || compareTextOrder(a, b);
}
