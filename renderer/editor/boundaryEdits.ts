// Moving one end of a span by a character or a word, as the resize keys do. A boundary never
// lands on whitespace (spans stay trimmed) and a span never becomes empty.
import { isSpaceAt, wordsNear, type CodePointRange, type IndexedText } from './selectionSnapping';

/** Which end of a span moves. */
export type Edge = 'start' | 'end';
/** How far one key press moves it. */
export type BoundaryStep = 'char' | 'word';

/** The range with one end moved earlier (-1) or later (1) in the text, or null when that is not possible. */
export function moveBoundary(
  source: IndexedText,
  range: CodePointRange,
  edge: Edge,
  direction: -1 | 1,
  step: BoundaryStep,
): CodePointRange | null {
  const moved =
    step === 'char' ? moveByChar(source, range, edge, direction) : moveByWord(source, range, edge, direction);
  if (moved === null || moved.start < 0 || moved.end > source.map.codePointLength || moved.start >= moved.end)
    return null;
  return moved;
}

function moveByChar(
  source: IndexedText,
  { start, end }: CodePointRange,
  edge: Edge,
  direction: -1 | 1,
): CodePointRange | null {
  const length = source.map.codePointLength;
  if (edge === 'start') {
    let next = start + direction;
    while (next >= 0 && next < end && isSpaceAt(source, next)) next += direction;
    return next < 0 || next >= end ? null : { start: next, end };
  }
  let next = end + direction;
  while (next > start && next <= length && isSpaceAt(source, next - 1)) next += direction;
  return next <= start || next > length ? null : { start, end: next };
}

function moveByWord(
  source: IndexedText,
  { start, end }: CodePointRange,
  edge: Edge,
  direction: -1 | 1,
): CodePointRange | null {
  const at = edge === 'start' ? start : end;
  const words = wordsNear(source, at - 1, at + 1);
  if (edge === 'start') {
    const candidates = words
      .map((word) => word.start)
      .filter((s) => (direction < 0 ? s < start : s > start && s < end));
    if (candidates.length === 0) return null;
    return { start: direction < 0 ? Math.max(...candidates) : Math.min(...candidates), end };
  }
  const candidates = words.map((word) => word.end).filter((e) => (direction > 0 ? e > end : e < end && e > start));
  if (candidates.length === 0) return null;
  return { start, end: direction > 0 ? Math.min(...candidates) : Math.max(...candidates) };
}
