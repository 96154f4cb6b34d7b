// Sentences and tokens of a text with code-point offsets, for token-based formats (CoNLL,
// WebAnno TSV) and word snapping. Word breaks come from Intl.Segmenter, which knows CJK and
// Thai; plain ASCII words skip it, which keeps large exports fast.
import { codePointLength } from './offsets';

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
// Scripts written without spaces between words: their runs go to the dictionary-based segmenter.
const NO_SPACE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}`;
const WORD = String.raw`[\p{L}\p{M}\p{N}_]+(?:['’.,:][\p{L}\p{M}\p{N}_]+)*`;
const EMOJI = String.raw`\p{RI}\p{RI}|\p{Extended_Pictographic}[\p{EMod}\uFE0F\u20E3]*(?:\u200D\p{Extended_Pictographic}[\p{EMod}\uFE0F]*)*`;
const TOKEN = new RegExp(
  String.raw`([${NO_SPACE}][${NO_SPACE}\p{M}]*)|${WORD}|${EMOJI}|[^\s\p{M}][\p{M}]*|\p{M}+`,
  'gu',
);
const sentenceEnd = /^[.!?…。！？]+$/u;
const closing = /^["'”’»)\]}」』]+$/u;

/**
 * The tokens of a text, in order: runs of letters, marks and digits (with apostrophes, full stops,
 * commas or colons inside, as in "don't", "3.5", "1,000"), emoji sequences, flags, and every other
 * non-space character on its own. Runs of CJK, Thai and similar scripts are cut into words by
 * Intl.Segmenter's dictionary. Whitespace is never part of a token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Code points are counted as the scan goes, so no offset map is needed.
  let utf16 = 0;
  let codePoint = 0;
  const push = (token: string, index: number) => {
    codePoint += index - utf16 - surrogatePairsIn(text, utf16, index);
    utf16 = index;
    tokens.push({ text: token, start: codePoint, end: codePoint + codePointLength(token) });
  };
  for (const match of text.matchAll(TOKEN)) {
    if (match[1] === undefined) {
      push(match[0], match.index);
      continue;
    }
    for (const [word, index] of dictionaryWords(match[0])) push(word, match.index + index);
  }
  return tokens;
}

// Calls into the segmenter cost far more than the words they return, and short runs repeat, so
// recent answers are kept.
const dictionaryCache = new Map<string, [string, number][]>();
const DICTIONARY_CACHE_SIZE = 5000;

function dictionaryWords(run: string): [string, number][] {
  let words = dictionaryCache.get(run);
  if (words === undefined) {
    words = [...wordSegmenter.segment(run)].map((segment): [string, number] => [segment.segment, segment.index]);
    if (dictionaryCache.size >= DICTIONARY_CACHE_SIZE) dictionaryCache.delete(dictionaryCache.keys().next().value!);
    dictionaryCache.set(run, words);
  }
  return words;
}

function surrogatePairsIn(text: string, from: number, to: number): number {
  let pairs = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return pairs;
}

/**
 * Splits a text into sentences of tokens. A sentence ends at a line break, and after a token of
 * sentence-final punctuation (. ! ? … 。！？) together with any closing quotes or brackets after it.
 */
export function sentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const lineBreaks = lineBreakOffsets(text);
  const result: Sentence[] = [];
  let current: Token[] = [];
  let ended = false;
  let nextBreak = 0;
  for (const token of tokens) {
    let crossedLine = false;
    while (nextBreak < lineBreaks.length && lineBreaks[nextBreak]! < token.start) {
      crossedLine = true;
      nextBreak++;
    }
    const closesPrevious = ended && closing.test(token.text) && !crossedLine;
    if (current.length > 0 && (crossedLine || (ended && !closesPrevious))) {
      result.push(sentenceOf(current));
      current = [];
      ended = false;
    }
    current.push(token);
    if (sentenceEnd.test(token.text)) ended = true;
  }
  if (current.length > 0) result.push(sentenceOf(current));
  return result;
}

// Code-point offsets of every line break (\n, or \r not followed by \n).
function lineBreakOffsets(text: string): number[] {
  const offsets: number[] = [];
  let utf16 = 0;
  let codePoint = 0;
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) {
    codePoint += codePointLength(text.slice(utf16, match.index));
    utf16 = match.index;
    offsets.push(codePoint);
  }
  return offsets;
}

function sentenceOf(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens };
}
