// Sentences and tokens of a text with code-point offsets, for token-based formats (CoNLL,
// WebAnno TSV) and word snapping. Uses Intl.Segmenter, which knows CJK and Thai word breaks.
import { offsetMapFor } from './offsets';

/** A token: its text and code-point range (end exclusive). Whitespace is never part of a token. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence as a list of tokens, with the code-point range from its first to its last token. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' });
const whitespace = /^\s+$/u;
const blankLine = /\r?\n[^\S\r\n]*\r?\n/u;

/** The tokens of a text: word-like runs and every other non-whitespace segment, in order. */
export function tokenize(text: string): Token[] {
  const map = offsetMapFor(text);
  const tokens: Token[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (whitespace.test(segment.segment)) continue;
    // The segmenter can glue a space to an invisible format character (U+00AD, U+202C); a token
    // never holds whitespace, so such a segment is cut at it.
    for (const part of segment.segment.matchAll(/\S+/gu)) {
      const index = segment.index + part.index;
      tokens.push({ text: part[0], start: map.toCodePoint(index), end: map.toCodePoint(index + part[0].length) });
    }
  }
  return tokens;
}

/** Splits a text into sentences of tokens (a line break ends one too). Empty sentences are dropped. */
export function sentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const map = offsetMapFor(text);
  const breaks = new Set<number>();
  for (const segment of sentenceSegmenter.segment(text)) breaks.add(map.toCodePoint(segment.index));
  // Blank lines break sentences even where the segmenter sees none (headlines, list items).
  let searchFrom = 0;
  for (;;) {
    const rest = text.slice(searchFrom);
    const match = blankLine.exec(rest);
    if (match === null) break;
    breaks.add(map.toCodePoint(searchFrom + match.index + match[0].length));
    searchFrom += match.index + match[0].length;
  }
  const result: Sentence[] = [];
  let current: Token[] = [];
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  let nextBreak = 0;
  for (const token of tokens) {
    let crossed = false;
    while (nextBreak < sortedBreaks.length && sortedBreaks[nextBreak]! <= token.start) {
      crossed = true;
      nextBreak++;
    }
    if (crossed && current.length > 0) {
      result.push(sentenceOf(current));
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) result.push(sentenceOf(current));
  return result;
}

function sentenceOf(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens };
}
