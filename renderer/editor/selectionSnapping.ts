// Turns what the reader selected into the span to create: whitespace at either end is trimmed,
// and by default both ends grow to whole words. Offsets are code points into the stored text.
import { offsetMapFor, type OffsetMap } from '../../shared/offsets';
import { tokenize, type Token } from '../../shared/textSegments';

/** A range of code points, end exclusive. */
export interface CodePointRange {
  start: number;
  end: number;
}

/** How far around a boundary to look for its word; longer "words" are cut at this window. */
const WORD_WINDOW = 256;

/** A text with its offset map, so repeated lookups do not rebuild the map. */
export interface IndexedText {
  text: string;
  map: OffsetMap;
}

/** Wraps a text for the functions below. */
export function indexText(text: string): IndexedText {
  return { text, map: offsetMapFor(text) };
}

/** Whether the code point at `offset` is whitespace (line breaks included). */
export function isSpaceAt(source: IndexedText, offset: number): boolean {
  const char = String.fromCodePoint(source.text.codePointAt(source.map.toUtf16(offset))!);
  return /\s/u.test(char);
}

/** The range without whitespace at its ends, or null when nothing but whitespace is left. */
export function trimRange(source: IndexedText, range: CodePointRange): CodePointRange | null {
  let { start, end } = range;
  while (start < end && isSpaceAt(source, start)) start++;
  while (end > start && isSpaceAt(source, end - 1)) end--;
  return start < end ? { start, end } : null;
}

/** The word tokens near [from, to), with absolute code-point offsets. Word breaks come from Intl.Segmenter. */
export function wordsNear(source: IndexedText, from: number, to: number): Token[] {
  const { text, map } = source;
  let lo = Math.max(0, map.toUtf16(Math.max(0, from)) - WORD_WINDOW);
  let hi = Math.min(text.length, map.toUtf16(Math.min(map.codePointLength, to)) + WORD_WINDOW);
  // Never cut a surrogate pair in half at the window's edges.
  if (lo > 0 && isLowSurrogate(text.charCodeAt(lo))) lo--;
  if (hi < text.length && isLowSurrogate(text.charCodeAt(hi))) hi++;
  const base = map.toCodePoint(lo);
  return tokenize(text.slice(lo, hi)).map((token) => ({
    text: token.text,
    start: token.start + base,
    end: token.end + base,
  }));
}

/**
 * The span a selection stands for: trimmed of whitespace, and with `toWords` grown at both ends
 * to the words it starts and ends in. Null when the selection holds only whitespace.
 */
export function snapSelection(
  source: IndexedText,
  range: CodePointRange,
  options: { toWords: boolean },
): CodePointRange | null {
  const trimmed = trimRange(source, range);
  if (trimmed === null || !options.toWords) return trimmed;
  let { start, end } = trimmed;
  for (const token of wordsNear(source, start, start + 1)) {
    if (token.start <= start && start < token.end) start = token.start;
  }
  for (const token of wordsNear(source, end - 1, end)) {
    if (token.start < end && end < token.end) end = token.end;
  }
  return { start, end };
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
