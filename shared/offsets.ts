// Canonical offsets are Unicode code points into the stored text, end exclusive.
// JavaScript strings index UTF-16 code units; every conversion goes through this file.

/** Number of Unicode code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count;
}

/** Builds a converter between code-point and UTF-16 offsets for one text, in O(log n) per lookup. */
export function offsetMapFor(text: string): OffsetMap {
  // Astral characters are the only place the two units differ, so only their positions are stored.
  const astralUtf16: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      astralUtf16.push(i);
      i++;
    }
  }
  const utf16Length = text.length;
  const codePoints = utf16Length - astralUtf16.length;
  return {
    codePointLength: codePoints,
    utf16Length,
    toUtf16(codePoint: number): number {
      assertOffset(codePoint, codePoints, 'code point');
      // The k-th astral char sits at code point astralUtf16[k] - k; count those strictly before.
      let lo = 0;
      let hi = astralUtf16.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astralUtf16[mid]! - mid < codePoint) lo = mid + 1;
        else hi = mid;
      }
      return codePoint + lo;
    },
    toCodePoint(utf16: number): number {
      assertOffset(utf16, utf16Length, 'UTF-16');
      let lo = 0;
      let hi = astralUtf16.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astralUtf16[mid]! < utf16) lo = mid + 1;
        else hi = mid;
      }
      // An offset that falls between the two halves of a surrogate pair has no code point.
      if (lo > 0 && astralUtf16[lo - 1]! + 1 === utf16) {
        throw new RangeError(`UTF-16 offset ${utf16} splits a surrogate pair`);
      }
      return utf16 - lo;
    },
  };
}

/** A two-way converter between code-point and UTF-16 offsets of one text. */
export interface OffsetMap {
  readonly codePointLength: number;
  readonly utf16Length: number;
  toUtf16(codePoint: number): number;
  toCodePoint(utf16: number): number;
}

/** The text between two code-point offsets (end exclusive), like Python's `text[start:end]`. */
export function sliceCodePoints(text: string, start: number, end: number, map = offsetMapFor(text)): string {
  return text.slice(map.toUtf16(start), map.toUtf16(end));
}

function assertOffset(offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${unit} offset ${offset} is outside 0..${length}`);
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
