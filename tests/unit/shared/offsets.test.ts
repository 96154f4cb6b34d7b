import { describe, expect, it } from 'vitest';
import { codePointLength, offsetMapFor, sliceCodePoints } from '../../../shared/offsets';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';

describe('code point offsets', () => {
  it('counts astral characters once and BMP characters once', () => {
    expect(codePointLength('a👋🏽b')).toBe(4);
    expect(codePointLength('中文')).toBe(2);
    expect(codePointLength('\r\n')).toBe(2);
    expect(codePointLength(MULTILINGUAL_TEXT)).toBe(Array.from(MULTILINGUAL_TEXT).length);
  });

  it('maps every code point offset to UTF-16 and back', () => {
    const map = offsetMapFor(MULTILINGUAL_TEXT);
    const chars = Array.from(MULTILINGUAL_TEXT);
    let utf16 = 0;
    for (let codePoint = 0; codePoint <= chars.length; codePoint++) {
      expect(map.toUtf16(codePoint)).toBe(utf16);
      expect(map.toCodePoint(utf16)).toBe(codePoint);
      utf16 += chars[codePoint]?.length ?? 0;
    }
    expect(map.utf16Length).toBe(MULTILINGUAL_TEXT.length);
  });

  it('slices like Python text[start:end] on emoji, CJK, Arabic and CRLF', () => {
    for (const needle of ['👋🏽 world', '\r\n\r\n中文', '🇺🇳', 'مرحبا بالعالم', 'line 😀']) {
      const { start, end } = codePointRange(MULTILINGUAL_TEXT, needle);
      expect(sliceCodePoints(MULTILINGUAL_TEXT, start, end)).toBe(needle);
      expect(pySlice(MULTILINGUAL_TEXT, start, end)).toBe(needle);
    }
  });

  it('refuses offsets outside the text and UTF-16 offsets inside a surrogate pair', () => {
    const map = offsetMapFor('a😀b');
    expect(() => map.toUtf16(4)).toThrow(RangeError);
    expect(() => map.toUtf16(-1)).toThrow(RangeError);
    expect(() => map.toCodePoint(2)).toThrow(/surrogate/);
    expect(map.toCodePoint(3)).toBe(2);
  });
});
