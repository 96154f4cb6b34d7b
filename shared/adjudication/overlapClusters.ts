// Clusters of spans that overlap, directly or through other spans. The union of a cluster is one
// unbroken range of the text, so "inside the cluster" is simply "inside [start, end)".
import { compareSpans, type SpanIdentity } from './spanIdentity';

/** One cluster of overlapping spans and the range they cover together. */
export interface OverlapCluster<T> {
  start: number;
  end: number;
  /** The cluster's spans in text order. */
  spans: T[];
}

/** Groups spans into clusters of transitively overlapping spans, in text order; touching spans do not overlap. */
export function overlapClusters<T extends SpanIdentity>(spans: readonly T[]): OverlapCluster<T>[] {
  const sorted = [...spans].sort(compareSpans);
  const clusters: OverlapCluster<T>[] = [];
  let current: OverlapCluster<T> | null = null;
  for (const span of sorted) {
    if (current !== null && span.start < current.end) {
      current.spans.push(span);
      current.end = Math.max(current.end, span.end);
    } else {
      current = { start: span.start, end: span.end, spans: [span] };
      clusters.push(current);
    }
  }
  return clusters;
}

/** Whether a range lies within [start, end). */
export function isInside(range: { start: number; end: number }, start: number, end: number): boolean {
  return range.start >= start && range.end <= end;
}

/** Whether two ranges share at least one code point. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
