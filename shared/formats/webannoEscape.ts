// WebAnno TSV 3.x escaping, as in WebAnno/INCEpTION's Escaping.java. Sentence text (#Text=) and
// feature values use different escapes; both are undone in one left-to-right pass so `\\t` stays
// a backslash followed by `t`.

const TEXT_ESCAPES: Record<string, string> = {
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '\b': '\\b',
  '\\': '\\\\',
};
const TEXT_UNESCAPES: Record<string, string> = { t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' };
const VALUE_UNESCAPES: Record<string, string> = {
  '\\': '\\',
  '[': '[',
  ']': ']',
  '|': '|',
  _: '_',
  ';': ';',
  t: '\t',
  n: '\n',
  '*': '*',
  r: '\r',
};

/** Escapes sentence text for a `#Text=` line (TSV 3.2+): readable escapes for tab, CR, form feed, backspace and backslash, a backslash before other control characters. */
export function escapeWebannoText(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const named = TEXT_ESCAPES[char];
    if (named !== undefined) result += named;
    else if (code < 32 && !(code > 7 && code < 14)) result += `\\${char}`;
    else result += char;
  }
  return result;
}

/** Undoes `#Text=` escaping; TSV 3.0 and 3.1 used Java string escapes instead. */
export function unescapeWebannoText(text: string, minorVersion: number): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char !== '\\' || next === undefined) {
      result += char;
      continue;
    }
    if (minorVersion <= 1 && next === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(index + 2, index + 6))) {
      result += String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16));
      index += 5;
    } else if (TEXT_UNESCAPES[next] !== undefined) {
      result += TEXT_UNESCAPES[next];
      index++;
    } else if (minorVersion <= 1 && (next === '"' || next === "'")) {
      result += next;
      index++;
    } else if (minorVersion >= 2 && next.charCodeAt(0) < 32) {
      result += next;
      index++;
    } else {
      result += char;
    }
  }
  return result;
}

/** Escapes a feature value: `\ [ ] | _ -> ; * tab newline` as WebAnno does, and CR as `\r` so a value never breaks a line. */
export function escapeWebannoValue(value: string): string {
  return value.replace(/\\|\[|\]|\||_|->|;|\*|\t|\n|\r/gu, (match) => {
    if (match === '\t') return '\\t';
    if (match === '\n') return '\\n';
    if (match === '\r') return '\\r';
    return `\\${match}`;
  });
}

/** Undoes feature value escaping. */
export function unescapeWebannoValue(value: string): string {
  let result = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && value.startsWith('->', index + 1)) {
      result += '->';
      index += 2;
    } else if (char === '\\' && VALUE_UNESCAPES[value[index + 1] ?? ''] !== undefined) {
      result += VALUE_UNESCAPES[value[index + 1]!];
      index++;
    } else {
      result += char;
    }
  }
  return result;
}

/** Splits a column at separators not escaped by a backslash (stacked annotations are joined by `|`). */
export function splitUnescaped(column: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < column.length; index++) {
    const char = column[index]!;
    if (char === '\\' && index + 1 < column.length) {
      current += char + column[index + 1]!;
      index++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** A stacked value and the bracketed suffix after it (`PER[3]` → `PER`, `3`; `1-2[3_0]` → `1-2`, `3_0`). */
export function splitSuffix(value: string): { value: string; suffix: string | null } {
  if (!value.endsWith(']') || isEscaped(value, value.length - 1)) return { value, suffix: null };
  const open = value.lastIndexOf('[');
  if (open < 0 || isEscaped(value, open)) return { value, suffix: null };
  return { value: value.slice(0, open), suffix: value.slice(open + 1, -1) };
}

/** Whether the character at `index` is escaped: an odd number of backslashes comes right before it. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (index - backslashes - 1 >= 0 && text[index - backslashes - 1] === '\\') backslashes++;
  return backslashes % 2 === 1;
}
