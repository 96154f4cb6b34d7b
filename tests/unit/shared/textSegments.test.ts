import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../shared/offsets';
import { sentences, tokenize } from '../../../shared/textSegments';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

describe('tokenize', () => {
  it('gives code-point ranges whose slice is the token, on emoji, CJK, Arabic and CRLF text', () => {
    const tokens = tokenize(MULTILINGUAL_TEXT);
    expect(tokens.length).toBeGreaterThan(5);
    for (const token of tokens) {
      expect(sliceCodePoints(MULTILINGUAL_TEXT, token.start, token.end)).toBe(token.text);
      expect(token.text.trim()).toBe(token.text);
    }
  });

  it('never puts whitespace inside a token, also next to invisible format characters', () => {
    const tokens = tokenize('a \u00ADb c \u202Cd');
    expect(tokens.every((token) => !/\s/u.test(token.text))).toBe(true);
    expect(tokens.map((token) => token.text).join('')).toBe('a\u00ADbc\u202Cd');
  });

  it('splits words and punctuation', () => {
    expect(tokenize('Hello, world!').map((t) => t.text)).toEqual(['Hello', ',', 'world', '!']);
  });
});

describe('sentences', () => {
  it('ends a sentence at a full stop and at a line break', () => {
    const text = 'Headline here\r\n\r\nFirst one. Second one!\nStill second';
    expect(sentences(text).map((s) => s.tokens.map((t) => t.text).join(' '))).toEqual([
      'Headline here',
      'First one .',
      'Second one !',
      'Still second',
    ]);
  });

  it('covers every token exactly once', () => {
    const all = sentences(MULTILINGUAL_TEXT).flatMap((s) => s.tokens);
    expect(all).toEqual(tokenize(MULTILINGUAL_TEXT));
  });
});
