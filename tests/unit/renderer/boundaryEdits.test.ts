import { describe, expect, it } from 'vitest';
import { moveBoundary } from '../../../renderer/editor/boundaryEdits';
import { indexText } from '../../../renderer/editor/selectionSnapping';
import { codePointRange, MULTILINGUAL_TEXT, pySlice } from '../../helpers/multilingualText';

const text = 'Officials said the aid arrived on Monday.';
const source = indexText(text);
const said = codePointRange(text, 'said the aid');

function quote(range: { start: number; end: number } | null): string | null {
  return range === null ? null : pySlice(text, range.start, range.end);
}

describe('moving a span boundary', () => {
  it('grows and shrinks either end by a character, stepping over spaces', () => {
    expect(quote(moveBoundary(source, said, 'start', -1, 'char'))).toBe('s said the aid');
    expect(quote(moveBoundary(source, said, 'start', 1, 'char'))).toBe('aid the aid');
    expect(quote(moveBoundary(source, said, 'end', 1, 'char'))).toBe('said the aid a');
    expect(quote(moveBoundary(source, said, 'end', -1, 'char'))).toBe('said the ai');
    const theOnly = codePointRange(text, 'said ');
    expect(quote(moveBoundary(source, { start: theOnly.start, end: theOnly.start + 4 }, 'end', 1, 'char'))).toBe(
      'said t',
    );
  });

  it('grows and shrinks either end by a word', () => {
    expect(quote(moveBoundary(source, said, 'start', -1, 'word'))).toBe('Officials said the aid');
    expect(quote(moveBoundary(source, said, 'start', 1, 'word'))).toBe('the aid');
    expect(quote(moveBoundary(source, said, 'end', 1, 'word'))).toBe('said the aid arrived');
    expect(quote(moveBoundary(source, said, 'end', -1, 'word'))).toBe('said the');
  });

  it('refuses to empty a span or leave the text', () => {
    const word = codePointRange(text, 'aid');
    expect(moveBoundary(source, word, 'start', 1, 'word')).toBeNull();
    expect(moveBoundary(source, word, 'end', -1, 'word')).toBeNull();
    expect(moveBoundary(source, { start: 0, end: 9 }, 'start', -1, 'char')).toBeNull();
    const lastChar = codePointRange(text, 'Monday.');
    expect(moveBoundary(source, lastChar, 'end', 1, 'char')).toBeNull();
    expect(moveBoundary(source, { start: 0, end: 1 }, 'end', -1, 'char')).toBeNull();
  });

  it('steps over a whole astral character and a CRLF, counting code points', () => {
    const t = MULTILINGUAL_TEXT;
    const s = indexText(t);
    const hello = codePointRange(t, 'Héllo');
    // "Héllo" + space + 👋: one code point further is the waving hand, not half of it.
    expect(pySlice(t, hello.start, moveBoundary(s, hello, 'end', 1, 'char')!.end)).toBe('Héllo 👋');
    const arrived = codePointRange(t, 'arrived.');
    const grown = moveBoundary(s, arrived, 'end', 1, 'char')!;
    expect(pySlice(t, grown.start, grown.end)).toBe('arrived.\r\nم');
  });
});
