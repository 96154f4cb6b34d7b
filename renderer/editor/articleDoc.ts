// Builds the ProseMirror document of an article and the map between its positions and offsets
// into the stored text. Pure: no DOM, so it is tested headlessly.
//
// Text shown in a paragraph maps one UTF-16 unit to one position (ProseMirror counts UTF-16 too);
// a line break inside a paragraph (`\n`, `\r\n` or `\r`) is one hard_break node; blank lines
// between paragraphs are not shown, so offsets inside them have no position of their own.
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { paragraphsOf, type TextParagraph } from '../../shared/textLayout';
import { offsetMapFor, type OffsetMap } from '../../shared/offsets';
import { articleSchema } from './articleSchema';

/**
 * Which way to move an offset or position that has no exact counterpart (a hidden blank line,
 * the boundary between two paragraphs, the middle of a surrogate pair): -1 backwards, 1 forwards.
 * A span's start wants 1 and its end wants -1, so the span shrinks to what is shown.
 */
export type Assoc = -1 | 1;

/** Converts between ProseMirror positions and offsets into the stored text, both ways. */
export interface ArticlePositions {
  /** The position of a UTF-16 offset; inside a `\r\n` break it is the break's start. */
  posFromUtf16(offset: number, assoc?: Assoc): number;
  /** The UTF-16 offset of a position. */
  utf16FromPos(pos: number, assoc?: Assoc): number;
  /** The position of a code-point offset (the canonical unit of stored spans). */
  posFromCodePoint(codePoint: number, assoc?: Assoc): number;
  /** The code-point offset of a position; one inside a surrogate pair moves to a side of it. */
  codePointFromPos(pos: number, assoc?: Assoc): number;
}

/** An article ready for a view: the document and how its positions map to the text. */
export interface ArticleDoc {
  text: string;
  doc: ProseMirrorNode;
  positions: ArticlePositions;
}

/** Where one paragraph sits, in the text (UTF-16) and in the document (content positions). */
interface ParagraphPlacement {
  textStart: number;
  textEnd: number;
  posStart: number;
  posEnd: number;
  /** Each inner line break with the position just before its hard_break node. */
  breaks: { textStart: number; textEnd: number; pos: number }[];
}

/** Builds the document of a text (one paragraph per run of non-blank lines) and its position map. */
export function buildArticleDoc(text: string): ArticleDoc {
  const paragraphs = paragraphsOf(text);
  const placements = placeParagraphs(paragraphs);
  const doc = articleSchema.node(
    'doc',
    null,
    paragraphs.length === 0
      ? [articleSchema.node('paragraph')]
      : paragraphs.map((paragraph) => paragraphNode(text, paragraph)),
  );
  // A text with nothing to show still gets its one (empty) paragraph, standing for offset 0.
  const placed =
    placements.length > 0 ? placements : [{ textStart: 0, textEnd: 0, posStart: 1, posEnd: 1, breaks: [] }];
  return { text, doc, positions: positionsFor(text, placed, doc.content.size) };
}

function paragraphNode(text: string, paragraph: TextParagraph): ProseMirrorNode {
  const children: ProseMirrorNode[] = [];
  let lineStart = paragraph.start;
  for (const lineBreak of paragraph.lineBreaks) {
    pushText(children, text.slice(lineStart, lineBreak.start));
    children.push(articleSchema.node('hard_break'));
    lineStart = lineBreak.end;
  }
  pushText(children, text.slice(lineStart, paragraph.end));
  return articleSchema.node('paragraph', null, children);
}

function pushText(children: ProseMirrorNode[], line: string): void {
  // ProseMirror forbids empty text nodes; paragraphsOf never yields an empty line, but stay safe.
  if (line !== '') children.push(articleSchema.text(line));
}

function placeParagraphs(paragraphs: TextParagraph[]): ParagraphPlacement[] {
  const placements: ParagraphPlacement[] = [];
  // Each paragraph's opening token takes one position, its closing token one more.
  let pos = 1;
  for (const paragraph of paragraphs) {
    const breaks: ParagraphPlacement['breaks'] = [];
    let lineStart = paragraph.start;
    let linePos = pos;
    for (const lineBreak of paragraph.lineBreaks) {
      const breakPos = linePos + (lineBreak.start - lineStart);
      breaks.push({ textStart: lineBreak.start, textEnd: lineBreak.end, pos: breakPos });
      lineStart = lineBreak.end;
      linePos = breakPos + 1;
    }
    const posEnd = linePos + (paragraph.end - lineStart);
    placements.push({ textStart: paragraph.start, textEnd: paragraph.end, posStart: pos, posEnd, breaks });
    pos = posEnd + 2;
  }
  return placements;
}

function positionsFor(text: string, placements: ParagraphPlacement[], docSize: number): ArticlePositions {
  const codePoints: OffsetMap = offsetMapFor(text);
  const first = placements[0]!;

  function posFromUtf16(offset: number, assoc: Assoc = 1): number {
    assertInRange(offset, text.length, 'UTF-16 offset');
    const index = lastIndexWhere(placements, (p) => p.textStart <= offset);
    if (index < 0) return first.posStart;
    const paragraph = placements[index]!;
    if (offset <= paragraph.textEnd) return posInParagraph(paragraph, offset);
    const next = placements[index + 1];
    return assoc < 0 || next === undefined ? paragraph.posEnd : next.posStart;
  }

  function utf16FromPos(pos: number, assoc: Assoc = 1): number {
    assertInRange(pos, docSize, 'position');
    const index = lastIndexWhere(placements, (p) => p.posStart <= pos);
    if (index < 0) return first.textStart;
    const paragraph = placements[index]!;
    if (pos <= paragraph.posEnd) return offsetInParagraph(paragraph, pos);
    const next = placements[index + 1];
    return assoc < 0 || next === undefined ? paragraph.textEnd : next.textStart;
  }

  return {
    posFromUtf16,
    utf16FromPos,
    posFromCodePoint(codePoint, assoc = 1) {
      return posFromUtf16(codePoints.toUtf16(codePoint), assoc);
    },
    codePointFromPos(pos, assoc = 1) {
      let offset = utf16FromPos(pos, assoc);
      if (splitsSurrogatePair(text, offset)) offset += assoc;
      return codePoints.toCodePoint(offset);
    },
  };
}

function posInParagraph(paragraph: ParagraphPlacement, offset: number): number {
  const index = lastIndexWhere(paragraph.breaks, (b) => b.textStart < offset);
  if (index < 0) return paragraph.posStart + (offset - paragraph.textStart);
  const lineBreak = paragraph.breaks[index]!;
  // Between the \r and \n of a \r\n break there is no position; the break's start stands for it.
  if (offset < lineBreak.textEnd) return lineBreak.pos;
  return lineBreak.pos + 1 + (offset - lineBreak.textEnd);
}

function offsetInParagraph(paragraph: ParagraphPlacement, pos: number): number {
  const index = lastIndexWhere(paragraph.breaks, (b) => b.pos < pos);
  if (index < 0) return paragraph.textStart + (pos - paragraph.posStart);
  const lineBreak = paragraph.breaks[index]!;
  return lineBreak.textEnd + (pos - lineBreak.pos - 1);
}

/** Index of the last item satisfying a predicate that holds for a prefix of the list, or -1. */
function lastIndexWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertInRange(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} is outside 0..${max}`);
  }
}
