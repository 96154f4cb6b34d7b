import { offsetMapFor } from '../offsets';
import type { OffsetUnit } from './codec';

/** Converts code-point offsets of one text into the given unit (identity for `codepoint`). */
export function codePointsTo(text: string, unit: OffsetUnit): (codePoint: number) => number {
  if (unit === 'codepoint') return (codePoint) => codePoint;
  const map = offsetMapFor(text);
  return (codePoint) => map.toUtf16(codePoint);
}

/** Converts offsets of one text in the given unit into code points (identity for `codepoint`). */
export function codePointsFrom(text: string, unit: OffsetUnit): (offset: number) => number {
  if (unit === 'codepoint') return (offset) => offset;
  const map = offsetMapFor(text);
  // An offset outside the text is passed through unchanged so validation can report it as such;
  // one inside a surrogate pair becomes NaN, which validation reports as not between characters.
  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > map.utf16Length) return offset;
    try {
      return map.toCodePoint(offset);
    } catch {
      return Number.NaN;
    }
  };
}
