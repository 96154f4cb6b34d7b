// Two character rules that every door shares. A lone surrogate (half of a UTF-16 pair) cannot be
// stored as UTF-8: SQLite writes three replacement characters for it, which shifts every offset
// after it. A control character in a path or name is never typed on purpose: a NUL cuts a path
// short (SQLite then opens another file) and the others hide in lists and file names.

/** The UTF-16 index of the first lone surrogate in a string, or -1 when every surrogate is paired. */
export function loneSurrogateIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

/** The UTF-16 index of the first control character (C0, DEL or C1, tab and line breaks included), or -1. */
export function controlCharacterIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return i;
  }
  return -1;
}

/** Why a text cannot be stored (a lone surrogate, and where), or null when it can. */
export function textProblem(text: string): string | null {
  const at = loneSurrogateIndex(text);
  if (at === -1) return null;
  const unit = text.charCodeAt(at).toString(16).padStart(4, '0');
  return `contains a lone surrogate \\u${unit} at character ${codePointIndex(text, at) + 1} (half of an emoji or other character cut in two); fix the source text and try again`;
}

/** Why a path or a name cannot be used (a control character or a lone surrogate, and where), or null. */
export function nameTextProblem(text: string): string | null {
  const at = controlCharacterIndex(text);
  if (at !== -1) {
    const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    return `contains a control character (U+${code}) at character ${codePointIndex(text, at) + 1}; remove it and try again`;
  }
  return textProblem(text);
}

// Positions in messages count characters as a reader does (code points), not UTF-16 units.
function codePointIndex(text: string, unitIndex: number): number {
  let count = 0;
  for (let i = 0; i < unitIndex; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < unitIndex) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
