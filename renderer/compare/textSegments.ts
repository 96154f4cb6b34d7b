// Cuts a document's paragraphs into stretches of constant coverage, so the comparison view can draw
// each annotator's spans and the disagreement groups as plain DOM: one element per stretch, no editor.
// Offsets of spans and groups are code points; the text is cut in UTF-16 through one offset map.
import { offsetMapFor } from '../../shared/offsets';
import { paragraphsOf } from '../../shared/textLayout';
import type { CompareSpan, SpanGroup } from './compareSpans';

/** A stretch of text where the same spans and the same group apply. */
export interface TextSegment {
  /** Code points, end exclusive. */
  start: number;
  end: number;
  /** The text of the stretch, exactly as stored (line breaks inside a paragraph included). */
  text: string;
  /** Per annotator (in the given order): the compared labels of their spans covering the stretch, sorted. */
  labels: string[][];
  /** Per annotator: the labels of their spans starting here, sorted, so the view can mark the boundary. */
  startLabels: string[][];
  /** Per annotator: true when one of their spans ends here. */
  spanEnds: boolean[];
  /** The index of the group covering the stretch, or null. */
  group: number | null;
  /** True on the first stretch shown of its group: where a jump to the group lands. */
  groupAnchor: boolean;
}

/** A paragraph of the text (blank lines are not shown) cut into segments. */
export interface SegmentedParagraph {
  /** Code points, end exclusive. */
  start: number;
  end: number;
  segments: TextSegment[];
}

/** Cuts the text's paragraphs at every span and group boundary; spans of other annotators are ignored. */
export function segmentParagraphs(
  text: string,
  spans: readonly CompareSpan[],
  groups: readonly SpanGroup[],
  annotators: readonly string[],
): SegmentedParagraph[] {
  const map = offsetMapFor(text);
  const lane = new Map(annotators.map((annotator, index) => [annotator, index]));
  const kept = spans.filter((span) => lane.has(span.annotator) && span.end > span.start);
  const byStart = [...kept].sort((x, y) => x.start - y.start);
  const byEnd = [...kept].sort((x, y) => x.end - y.end);
  const paragraphs = paragraphsOf(text).map((p) => ({ start: map.toCodePoint(p.start), end: map.toCodePoint(p.end) }));

  const cuts = new Set<number>();
  for (const span of kept) cuts.add(span.start).add(span.end);
  for (const group of groups) cuts.add(group.start).add(group.end);
  for (const paragraph of paragraphs) cuts.add(paragraph.start).add(paragraph.end);
  const points = [...cuts].sort((x, y) => x - y);

  // Sweep the cut points once; `active` holds the spans covering the current stretch.
  const active = new Set<CompareSpan>();
  let nextStart = 0;
  let nextEnd = 0;
  let groupCursor = 0;
  let paragraphCursor = 0;
  const anchored = new Set<number>();
  const result: SegmentedParagraph[] = paragraphs.map((p) => ({ ...p, segments: [] }));
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (nextEnd < byEnd.length && byEnd[nextEnd]!.end <= start) active.delete(byEnd[nextEnd++]!);
    const starting = new Set<CompareSpan>();
    while (nextStart < byStart.length && byStart[nextStart]!.start <= start) {
      const span = byStart[nextStart++]!;
      if (span.end > start) {
        active.add(span);
        if (span.start === start) starting.add(span);
      }
    }
    while (paragraphCursor < paragraphs.length && paragraphs[paragraphCursor]!.end <= start) paragraphCursor++;
    const paragraph = paragraphs[paragraphCursor];
    // Stretches between paragraphs (line breaks, blank lines) are not shown.
    if (paragraph === undefined || start < paragraph.start) continue;
    while (groupCursor < groups.length && groups[groupCursor]!.end <= start) groupCursor++;
    const candidate = groups[groupCursor];
    const group = candidate !== undefined && candidate.start <= start ? candidate.index : null;
    const groupAnchor = group !== null && !anchored.has(group);
    if (group !== null) anchored.add(group);
    const labels: string[][] = annotators.map(() => []);
    const startLabels: string[][] = annotators.map(() => []);
    const spanEnds = annotators.map(() => false);
    for (const span of active) {
      const index = lane.get(span.annotator)!;
      if (!labels[index]!.includes(span.label)) labels[index]!.push(span.label);
      if (starting.has(span) && !startLabels[index]!.includes(span.label)) startLabels[index]!.push(span.label);
      if (span.end === end) spanEnds[index] = true;
    }
    labels.forEach((list) => list.sort());
    startLabels.forEach((list) => list.sort());
    result[paragraphCursor]!.segments.push({
      start,
      end,
      text: text.slice(map.toUtf16(start), map.toUtf16(end)),
      labels,
      startLabels,
      spanEnds,
      group,
      groupAnchor,
    });
  }
  return result.filter((paragraph) => paragraph.segments.length > 0);
}
