// The documents in scope laid end to end, in document order, as one stretch of code points — the
// continuum of α_U — with a running count of non-whitespace code points, the items of κ and α.
// Any range's item count is then two array reads, so no per-character objects exist anywhere.

/** True for the code points with the Unicode White_Space property (the items of the coding measures are the others). */
export function isUnicodeWhitespace(codePoint: number): boolean {
  return (
    (codePoint >= 0x09 && codePoint <= 0x0d) ||
    codePoint === 0x20 ||
    codePoint === 0x85 ||
    codePoint === 0xa0 ||
    codePoint === 0x1680 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0x202f ||
    codePoint === 0x205f ||
    codePoint === 0x3000
  );
}

/**
 * prefix[i] = number of non-whitespace code points among the first i code points of the texts laid end
 * to end; `totalLength` is their summed code-point length.
 */
export function nonWhitespacePrefix(texts: readonly string[], totalLength: number): Int32Array {
  const prefix = new Int32Array(totalLength + 1);
  let position = 0;
  let count = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      let codePoint = text.charCodeAt(i);
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      // ASCII first: most news text is ASCII, and this keeps the per-character cost to one comparison.
      if (
        codePoint < 0x80
          ? codePoint > 0x20 || codePoint < 0x09 || (codePoint > 0x0d && codePoint < 0x20)
          : !isUnicodeWhitespace(codePoint)
      )
        count++;
      prefix[++position] = count;
    }
  }
  if (position !== totalLength) throw new RangeError(`texts have ${position} code points, expected ${totalLength}`);
  return prefix;
}
