// Counts what separates code-point from UTF-16 offsets, independently of shared/offsets.ts.

/** How many astral characters (UTF-16 surrogate pairs) come before a code-point offset. */
export function surrogatePairsBefore(text: string, codePoint: number): number {
  return Array.from(text)
    .slice(0, codePoint)
    .filter((char) => char.length === 2).length;
}
