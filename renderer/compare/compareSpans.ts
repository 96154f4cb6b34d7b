// Groups the annotators' spans of one document where they overlap and says how each group differs:
// the pure half of the comparison view (the view only draws these groups).
//
// A group is a connected set of spans under overlap (sharing at least one code point), across all
// annotators; touching spans stay apart, as in the agreement measures. Groups are therefore disjoint
// stretches of the text, in document order.

/** One span as the comparison sees it: code-point offsets, end exclusive, and its compared label. */
export interface CompareSpan {
  id: string;
  annotator: string;
  /** The compared label (the technique at the `stored` level). */
  label: string;
  start: number;
  end: number;
}

/** How the annotators differ inside one group. */
export type DisagreementKind = 'missing' | 'label' | 'boundary';

/** The kinds in the order a group reports them; the first present is the group's main kind. */
export const DISAGREEMENT_KINDS: readonly DisagreementKind[] = ['missing', 'label', 'boundary'];

/** Overlapping spans of the annotators and how they differ. */
export interface SpanGroup {
  /** Position of the group in document order, from 0. */
  index: number;
  /** The stretch the group's spans cover together, code points, end exclusive. */
  start: number;
  end: number;
  /** The group's spans, by annotator (in the given order), then start, end and label. */
  spans: CompareSpan[];
  /** Empty when every annotator marked exactly the same spans with the same labels. */
  kinds: DisagreementKind[];
  /** Annotators with no span in the group, in the given order. */
  missing: string[];
}

/**
 * Groups the spans of `annotators` (others are ignored, as are zero-length spans, which cover nothing)
 * and classifies each group: `missing` when an annotator has no span in it, `label` when the annotators
 * present used different labels (or the same boundaries with the labels swapped), `boundary` when they
 * marked different start/end offsets.
 */
export function compareSpans(spans: readonly CompareSpan[], annotators: readonly string[]): SpanGroup[] {
  const order = new Map(annotators.map((annotator, index) => [annotator, index]));
  const kept = spans.filter((span) => order.has(span.annotator) && span.end > span.start);
  kept.sort((x, y) => x.start - y.start || x.end - y.end);
  const groups: SpanGroup[] = [];
  let members: CompareSpan[] = [];
  let groupEnd = -1;
  const close = () => {
    if (members.length > 0) groups.push(classify(groups.length, members, groupEnd, annotators, order));
    members = [];
  };
  for (const span of kept) {
    // Sorted by start, a span overlaps the group exactly when it starts before the group's end.
    if (span.start >= groupEnd) close();
    members.push(span);
    groupEnd = members.length === 1 ? span.end : Math.max(groupEnd, span.end);
  }
  close();
  return groups;
}

/** `members` are sorted by start, so the first one starts the group. */
function classify(
  index: number,
  members: CompareSpan[],
  end: number,
  annotators: readonly string[],
  order: Map<string, number>,
): SpanGroup {
  const spans = [...members].sort(
    (x, y) =>
      order.get(x.annotator)! - order.get(y.annotator)! ||
      x.start - y.start ||
      x.end - y.end ||
      compareText(x.label, y.label),
  );
  const present = annotators.filter((annotator) => spans.some((span) => span.annotator === annotator));
  const missing = annotators.filter((annotator) => !present.includes(annotator));
  const signature = (annotator: string, part: (span: CompareSpan) => string) =>
    [...new Set(spans.filter((span) => span.annotator === annotator).map(part))].sort().join('|');
  const differ = (part: (span: CompareSpan) => string) =>
    new Set(present.map((annotator) => signature(annotator, part))).size > 1;
  const boundary = differ((span) => `${span.start}:${span.end}`);
  // Same boundaries but a different pairing of labels to them is a label difference too.
  const label =
    differ((span) => span.label) || (!boundary && differ((span) => `${span.start}:${span.end}:${span.label}`));
  const kinds: DisagreementKind[] = [];
  if (missing.length > 0) kinds.push('missing');
  if (label) kinds.push('label');
  if (boundary) kinds.push('boundary');
  return { index, start: members[0]!.start, end, spans, kinds, missing };
}

/** Code-unit order, as the agreement report sorts labels and annotators. */
function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** How many groups show each kind (a group can show several) and how many agree. */
export function kindCounts(groups: readonly SpanGroup[]): Record<DisagreementKind | 'agreement', number> {
  const counts = { agreement: 0, missing: 0, label: 0, boundary: 0 };
  for (const group of groups) {
    if (group.kinds.length === 0) counts.agreement++;
    for (const kind of group.kinds) counts[kind]++;
  }
  return counts;
}
