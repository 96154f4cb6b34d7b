import { describe, expect, it } from 'vitest';
import { indexText, snapSelection, trimRange } from '../../../renderer/editor/selectionSnapping';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';

function snapped(text: string, start: number, end: number, toWords = true): string | null {
  const range = snapSelection(indexText(text), { start, end }, { toWords });
  return range === null ? null : pySlice(text, range.start, range.end);
}

describe('selection snapping', () => {
  const text = 'The minister said, quite loudly, that aid arrived.';

  it('grows a selection that starts and ends inside words to the whole words', () => {
    // "nister sa" → "minister said"
    expect(snapped(text, 6, 15)).toBe('minister said');
  });

  it('keeps punctuation out unless it was selected', () => {
    const { start, end } = codePointRange(text, 'quite loudly');
    expect(snapped(text, start + 2, end - 1)).toBe('quite loudly');
    expect(snapped(text, start, end + 1)).toBe('quite loudly,');
  });

  it('trims whitespace at both ends, also when snapping is off', () => {
    const { start, end } = codePointRange(text, ' said, ');
    expect(snapped(text, start, end)).toBe('said,');
    expect(snapped(text, start, end, false)).toBe('said,');
  });

  it('leaves a character-exact selection alone when snapping is off', () => {
    expect(snapped(text, 6, 15, false)).toBe('nister sa');
  });

  it('gives nothing for a selection of whitespace only', () => {
    expect(snapSelection(indexText('a \r\n\t b'), { start: 1, end: 5 }, { toWords: true })).toBeNull();
    expect(trimRange(indexText('   '), { start: 0, end: 3 })).toBeNull();
  });

  it('counts code points through emoji, CJK, Arabic and CRLF', () => {
    const t = MULTILINGUAL_TEXT;
    const wave = codePointRange(t, '👋🏽');
    // Half of the skin-toned emoji grows to the whole grapheme.
    expect(snapped(t, wave.start, wave.start + 1)).toBe('👋🏽');
    const cjk = codePointRange(t, '中文的主张');
    const cjkRange = snapSelection(indexText(t), { start: cjk.start + 1, end: cjk.start + 2 }, { toWords: true })!;
    expect(pySlice(t, cjkRange.start, cjkRange.end).length).toBeGreaterThan(0);
    expect(t.includes(pySlice(t, cjkRange.start, cjkRange.end))).toBe(true);
    const arabic = codePointRange(t, 'بالعالم');
    expect(snapped(t, arabic.start + 2, arabic.start + 4)).toBe('بالعالم');
    // A selection across the CRLF keeps the break inside and the words whole.
    const across = codePointRange(t, 'arrived.\r\nمرحبا');
    expect(snapped(t, across.start + 1, across.end - 1)).toBe('arrived.\r\nمرحبا');
    const last = codePointRange(t, 'Last line 😀');
    expect(snapped(t, last.start - 2, last.end)).toBe('Last line 😀');
  });
});
