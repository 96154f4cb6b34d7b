// Turns a document's spans into BIO tags on its tokens. BIO gives each token one tag, so
// overlapping spans cannot all be written: the outermost (longest, then earliest) wins, and
// every compromise is counted so the export can say what it lost.
import { codePointLength } from '../offsets';
import { sentences, type Sentence, type Token } from '../textSegments';
import type { NativeDocument, NativeSpan } from './native';
import { spanLabelName } from './spanLabelName';

/** A token and its BIO tag (`O`, `B-<label>` or `I-<label>`). */
export interface TaggedToken {
  text: string;
  tag: string;
}

/** A document as tagged sentences, with counts of the spans BIO could not write as they are. */
export interface BioTagging {
  sentences: TaggedToken[][];
  /** Spans left out: overlapping a kept span, sharing its only token with one, or covering no token. */
  dropped: number;
  /** Kept spans that cross a sentence break, written as one span per sentence. */
  split: number;
  /** Kept spans whose start or end fell inside a token or on whitespace, written as whole tokens. */
  snapped: number;
}

/** Tags a document's tokens, sentence by sentence; an I- tag always follows a B- or I- of the same span. */
export function bioTagging(document: NativeDocument): BioTagging {
  const kept = outermostSpans(document.spans);
  const coverage = new Map<NativeSpan, { sentences: number; start: number; end: number }>();
  let next = 0;
  const tagged = conllSentences(document).map((sentence) => {
    let previous: NativeSpan | null = null;
    return sentence.tokens.map((token): TaggedToken => {
      while (next < kept.length && kept[next]!.end <= token.start) next++;
      const span = next < kept.length && kept[next]!.start < token.end ? kept[next]! : null;
      // A new sentence always restarts with B-: CoNLL readers treat sentences as separate sequences.
      const continues = span !== null && span === previous;
      previous = span;
      if (span === null) return { text: token.text, tag: 'O' };
      const seen = coverage.get(span);
      if (seen === undefined) coverage.set(span, { sentences: 1, start: token.start, end: token.end });
      else {
        if (!continues) seen.sentences++;
        seen.end = token.end;
      }
      return { text: token.text, tag: `${continues ? 'I' : 'B'}-${spanLabelName(span)}` };
    });
  });
  let split = 0;
  let snapped = 0;
  for (const [span, seen] of coverage) {
    if (seen.sentences > 1) split++;
    if (seen.start !== span.start || seen.end !== span.end) snapped++;
  }
  return { sentences: tagged, dropped: document.spans.length - coverage.size, split, snapped };
}

/** The spans that survive in one layer: longest first, earlier first on ties, skipping any that overlaps a kept one. Sorted by start. */
export function outermostSpans(spans: readonly NativeSpan[]): NativeSpan[] {
  const byPriority = spans
    .map((span, index) => ({ span, index }))
    .sort(
      (a, b) =>
        b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start || a.index - b.index,
    );
  // Kept spans never overlap, so sorted by start only the neighbours of a newcomer can clash with it.
  const kept: NativeSpan[] = [];
  for (const { span } of byPriority) {
    if (span.start >= span.end) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before !== undefined && before.end > span.start) || (after !== undefined && after.start < span.end)) continue;
    kept.splice(lo, 0, span);
  }
  return kept;
}

/** The meta key and value an imported CoNLL document carries: its text is tokens joined by spaces, sentences by line breaks. */
export const CONLL_TEXT_META = { key: 'text_rebuilt_from', value: 'conll' } as const;

/**
 * The sentences of a document for CoNLL: for a text rebuilt from CoNLL, its lines split at spaces
 * (the file's own tokens, which re-segmenting `serious . "` would not give back); otherwise the
 * sentences and tokens of shared/textSegments (which never hold whitespace).
 */
export function conllSentences(document: Pick<NativeDocument, 'text' | 'meta'>): Sentence[] {
  if (document.meta[CONLL_TEXT_META.key] !== CONLL_TEXT_META.value) {
    return sentences(document.text);
  }
  const result: Sentence[] = [];
  let position = 0;
  for (const line of document.text.split('\n')) {
    const tokens: Token[] = [];
    for (const text of line.split(' ')) {
      const length = codePointLength(text);
      if (length > 0) tokens.push({ text, start: position, end: position + length });
      position += length + 1;
    }
    if (tokens.length > 0) result.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens });
  }
  return result;
}
