// Where spans go in a WebAnno TSV export: sentences and tokens from shared/textSegments in UTF-16
// units, and for each span the units it is listed on. A token wholly inside a span is listed as
// itself; a token the span only partly covers gets a sub-token line (`1-3.1`) for the covered
// part, so spans that start or end inside a word keep their exact offsets. Only a span edge in
// the whitespace between tokens moves, to the nearest token edge inside the span.
import { offsetMapFor } from '../offsets';
import { sentences } from '../textSegments';

/** A token or sub-token line: id and UTF-16 offsets. */
export interface WebannoOutUnit {
  id: string;
  begin: number;
  end: number;
}

/** A token line with the sub-token lines that follow it. */
export interface WebannoOutToken extends WebannoOutUnit {
  subTokens: WebannoOutUnit[];
}

/** A sentence: its text (from its first token, with the whitespace after it when WebAnno would not rebuild that) and tokens. */
export interface WebannoOutSentence {
  text: string;
  tokens: WebannoOutToken[];
}

/** The layout of one document: sentences, and how many UTF-16 units come before the first token. */
export interface WebannoLayout {
  leading: string;
  sentences: WebannoOutSentence[];
  /** The units covering a UTF-16 range, or null when no token overlaps it. Adds sub-tokens as needed. */
  unitsFor(begin: number, end: number): WebannoOutUnit[] | null;
}

/** Lays a text out in sentences and tokens, UTF-16 offsets. */
export function webannoLayout(text: string): WebannoLayout {
  const map = offsetMapFor(text);
  const found = sentences(text);
  const starts = found.map((sentence) => map.toUtf16(sentence.start));
  const tokens: WebannoOutToken[] = [];
  const layoutSentences = found.map((sentence, index): WebannoOutSentence => {
    const sentenceTokens = sentence.tokens.map((token, tokenIndex) => {
      const out: WebannoOutToken = {
        id: `${index + 1}-${tokenIndex + 1}`,
        begin: map.toUtf16(token.start),
        end: map.toUtf16(token.end),
        subTokens: [],
      };
      tokens.push(out);
      return out;
    });
    return {
      text: text.slice(starts[index], sentenceEnd(text, map.toUtf16(sentence.end), starts[index + 1])),
      tokens: sentenceTokens,
    };
  });
  return {
    leading: text.slice(0, starts[0] ?? text.length),
    sentences: layoutSentences,
    unitsFor(begin, end) {
      const units: WebannoOutUnit[] = [];
      for (const token of tokens) {
        if (token.end <= begin || token.begin >= end) continue;
        if (begin <= token.begin && token.end <= end) {
          units.push(token);
          continue;
        }
        const range: [number, number] = [Math.max(begin, token.begin), Math.min(end, token.end)];
        const key = `${range[0]}-${range[1]}`;
        const existing = token.subTokens.find((unit) => `${unit.begin}-${unit.end}` === key);
        if (existing !== undefined) {
          units.push(existing);
          continue;
        }
        const unit = { id: '', begin: range[0], end: range[1] };
        token.subTokens.push(unit);
        numberSubTokens(token);
        units.push(unit);
      }
      return units.length === 0 ? null : units;
    },
  };
}

/**
 * Where a sentence's #Text ends: at its last token when WebAnno's reader rebuilds the gap after it
 * by itself (nothing, or a line break and spaces before the next sentence), else at the next
 * sentence (or the end of the text) so the gap is written out.
 */
function sentenceEnd(text: string, lastTokenEnd: number, nextStart: number | undefined): number {
  const gap = text.slice(lastTokenEnd, nextStart ?? text.length);
  const rebuilt = nextStart === undefined ? gap === '' : /^(?:\n *)?$/u.test(gap);
  return rebuilt ? lastTokenEnd : (nextStart ?? text.length);
}

/** Sub-tokens in WebAnno's order (begin ascending, longer first), numbered `<token>.1`, `<token>.2` … */
function numberSubTokens(token: WebannoOutToken): void {
  token.subTokens.sort((a, b) => a.begin - b.begin || b.end - a.end);
  token.subTokens.forEach((unit, index) => {
    unit.id = `${token.id}.${index + 1}`;
  });
}
