/**
 * A text that breaks naive offsets: astral emoji (with a skin-tone modifier and a flag), CJK,
 * Arabic (right to left), CRLF line ends and a blank line.
 */
export const MULTILINGUAL_TEXT =
  'Héllo 👋🏽 world\r\n\r\n中文的主张在这里。 The minister said 🇺🇳 aid arrived.\r\nمرحبا بالعالم هذا ادعاء\r\nLast line 😀';

/** Code-point slice, as Python's text[start:end]. */
export function pySlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Code-point offsets of the first occurrence of `needle` in `text`. */
export function codePointRange(text: string, needle: string): { start: number; end: number } {
  const utf16 = text.indexOf(needle);
  if (utf16 < 0) throw new Error(`"${needle}" is not in the text`);
  const start = Array.from(text.slice(0, utf16)).length;
  return { start, end: start + Array.from(needle).length };
}
