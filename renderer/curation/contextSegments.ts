// The stretch of text shown around a disagreement group, cut into pieces at span boundaries so
// each piece knows which spans cover it. Offsets are code points; strings are sliced in UTF-16
// through the document's offset map.
import type { Span } from '../../shared/domain';
import type { OffsetMap } from '../../shared/offsets';

/** A range of the text around a group, in code points; `clipped*` say whether text continues. */
export interface ContextRange {
  start: number;
  end: number;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** A piece of the context with the spans that cover all of it. */
export interface ContextPiece {
  start: number;
  end: number;
  text: string;
  spans: Span[];
}

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;
const SPACE = /\s/u;

/**
 * The context of [start, end): up to `padding` code points either side, ending at the paragraph
 * (a line break) when one is that near, otherwise at a word boundary.
 */
export function contextRange(text: string, map: OffsetMap, start: number, end: number, padding: number): ContextRange {
  const at = (codePoint: number) => text.charAt(map.toUtf16(codePoint));
  let from = Math.max(0, start - padding);
  let lineStart = -1;
  for (let cp = start - 1; cp >= from; cp--) {
    if (LINE_BREAK.test(at(cp))) {
      lineStart = cp + 1;
      break;
    }
  }
  if (lineStart >= 0) from = lineStart;
  else if (from > 0) {
    while (from < start && !SPACE.test(at(from - 1))) from++;
  }
  let to = Math.min(map.codePointLength, end + padding);
  let lineEnd = -1;
  for (let cp = end; cp < to; cp++) {
    if (LINE_BREAK.test(at(cp))) {
      lineEnd = cp;
      break;
    }
  }
  if (lineEnd >= 0) to = lineEnd;
  else if (to < map.codePointLength) {
    while (to > end && !SPACE.test(at(to))) to--;
  }
  return { start: from, end: to, clippedBefore: from > 0, clippedAfter: to < map.codePointLength };
}

/** Cuts [range.start, range.end) at every boundary of `spans` inside it; each piece lists its covering spans. */
export function contextPieces(
  text: string,
  map: OffsetMap,
  range: { start: number; end: number },
  spans: readonly Span[],
): ContextPiece[] {
  const cuts = new Set([range.start, range.end]);
  for (const span of spans) {
    if (span.start > range.start && span.start < range.end) cuts.add(span.start);
    if (span.end > range.start && span.end < range.end) cuts.add(span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: ContextPiece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    pieces.push({
      start,
      end,
      text: text.slice(map.toUtf16(start), map.toUtf16(end)),
      // Longest first, so the shortest span is drawn on top, as in the article view.
      spans: spans
        .filter((span) => span.start <= start && span.end >= end)
        .sort((a, b) => b.end - b.start - (a.end - a.start)),
    });
  }
  return pieces;
}
