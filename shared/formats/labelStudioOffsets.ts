// Label Studio stores region offsets as JavaScript string indices (UTF-16 units), so every
// region after an emoji drifts when read as code points (Label Studio issue #1347). A region
// usually carries its text, which tells the two readings apart.
import { offsetMapFor, type OffsetMap } from '../offsets';
import type { OffsetUnit } from './codec';

/** A region's offsets in code points, and the quote to check them with when no reading matched. */
export interface ResolvedRegion {
  start: number;
  end: number;
  quote?: string;
}

/** Reads one task's region offsets: in the unit the task declares, else by matching each region's text. */
export function regionOffsetReader(
  text: string,
  declared: OffsetUnit | null,
): (start: number, end: number, quote?: string) => ResolvedRegion {
  const map = offsetMapFor(text);
  // Code points first: a tool that wrote them (Spanmark, Python scripts) is exactly right.
  const readings: OffsetUnit[] = declared !== null ? [declared] : ['codepoint', 'utf16'];
  return (start, end, quote) => {
    // Without a text to compare, trust what Label Studio itself writes.
    if (quote === undefined) return fromUnit(map, declared ?? 'utf16', start, end) ?? { start, end };
    for (const compare of [exact, sameWords]) {
      for (const unit of readings) {
        const resolved = fromUnit(map, unit, start, end);
        if (resolved !== null && compare(sliceCodePoints(text, map, resolved), quote)) return resolved;
      }
    }
    // No reading matches: keep the offsets and the quote so validation reports the mismatch.
    return { ...(fromUnit(map, declared ?? 'codepoint', start, end) ?? { start, end }), quote };
  };
}

function fromUnit(map: OffsetMap, unit: OffsetUnit, start: number, end: number): { start: number; end: number } | null {
  if (start > end) return null;
  if (unit === 'codepoint') return end <= map.codePointLength ? { start, end } : null;
  if (end > map.utf16Length) return null;
  try {
    return { start: map.toCodePoint(start), end: map.toCodePoint(end) };
  } catch {
    // An offset between the halves of a surrogate pair cannot be UTF-16 of this text.
    return null;
  }
}

function sliceCodePoints(text: string, map: OffsetMap, range: { start: number; end: number }): string {
  return text.slice(map.toUtf16(range.start), map.toUtf16(range.end));
}

function exact(covered: string, quote: string): boolean {
  return covered === quote;
}

// Label Studio's region text collapses runs of whitespace (issue #3078), so compare words too.
function sameWords(covered: string, quote: string): boolean {
  return covered.replace(/\s+/gu, ' ').trim() === quote.replace(/\s+/gu, ' ').trim();
}
