// Overlap layering: every span gets a depth so that spans sharing a character never share a depth,
// and a span inside another is always deeper than it (longest drawn lowest, its underline nearest
// the text). Depths
// are computed once for a document and then only for the group of overlapping spans an edit touches.
import type { IndexedSpan, SpanIndex } from './spanIndex';

/** Depth per span id. */
export type Depths = ReadonlyMap<string, number>;

/** Depths of every span in the index. */
export function assignDepths(index: SpanIndex): Map<string, number> {
  const depths = new Map<string, number>();
  placeGreedily(index, [...index.inTextOrder()], depths);
  return depths;
}

/** What an incremental relayering produced: the new depths and the spans whose depth is new or changed. */
export interface DepthUpdate {
  depths: Map<string, number>;
  changed: string[];
}

/**
 * Relayers after an edit. `index` already holds the new spans; `touched` are the old and new
 * ranges of every added, moved or removed span; `removed` are ids that are gone.
 */
export function updateDepths(
  depths: Depths,
  index: SpanIndex,
  touched: readonly { start: number; end: number }[],
  removed: readonly string[] = [],
): DepthUpdate {
  const next = new Map(depths);
  for (const id of removed) next.delete(id);
  const group = overlapGroup(index, touched);
  const before = new Map(group.map((span) => [span.id, next.get(span.id)]));
  for (const span of group) next.delete(span.id);
  placeGreedily(index, group, next);
  const changed = group.filter((span) => before.get(span.id) !== next.get(span.id)).map((span) => span.id);
  return { depths: next, changed };
}

/** The spans connected to the touched ranges through chains of overlaps; only their depths can change. */
function overlapGroup(index: SpanIndex, touched: readonly { start: number; end: number }[]): IndexedSpan[] {
  const members = new Map<string, IndexedSpan>();
  const queue: { start: number; end: number }[] = [...touched];
  while (queue.length > 0) {
    const range = queue.pop()!;
    if (range.end <= range.start) continue;
    for (const span of index.overlapping(range.start, range.end)) {
      if (members.has(span.id)) continue;
      members.set(span.id, span);
      queue.push(span);
    }
  }
  return [...members.values()];
}

/**
 * Longest first, each span takes the lowest depth that no overlapping, already placed span holds
 * and that lies below none of the spans containing it. Containers are at least as long, so they
 * are always placed first.
 */
function placeGreedily(index: SpanIndex, spans: IndexedSpan[], depths: Map<string, number>): void {
  spans.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const span of spans) {
    const taken = new Set<number>();
    let floor = 0;
    for (const other of index.overlapping(span.start, span.end)) {
      const depth = depths.get(other.id);
      if (depth === undefined || other.id === span.id) continue;
      taken.add(depth);
      if (other.start <= span.start && other.end >= span.end) floor = Math.max(floor, depth + 1);
    }
    let depth = floor;
    while (taken.has(depth)) depth++;
    depths.set(span.id, depth);
  }
}
