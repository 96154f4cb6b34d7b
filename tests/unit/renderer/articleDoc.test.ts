import { describe, expect, it } from 'vitest';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { buildArticleDoc, type ArticleDoc } from '../../../renderer/editor/articleDoc';
import { paragraphsOf } from '../../../shared/textLayout';
import { offsetMapFor } from '../../../shared/offsets';

const TEXTS: Record<string, string> = {
  'emoji (astral)': 'Hello 👋🏽 world 😀!\n🇺🇦 flag line\n\n𝒳 math 😀😀',
  CJK: '中文段落。第一行\n第二行，仍在同一段\n\n日本語の段落です。',
  Arabic: 'مرحبا بالعالم\nهذا سطر ثانٍ\n\nفقرة ثانية مع English mixed',
  CRLF: 'Title\r\n\r\nFirst line\r\nsecond line\r\n\r\n\r\nLast paragraph\r\n',
  'lone CR': 'one\rtwo\r\rthree\r\r\rfour',
  'mixed breaks': 'a\r\nb\nc\rd\n\r\n\re\r\n',
  'blank-line runs': 'first\n\n\n\n\nsecond\n\n\nthird',
  'leading and trailing blank lines': '\n\n  \n\t\nbody line\nnext line\n\n \n\n',
  'whitespace-only lines': 'a\n \t \nb\n   \n  indented c  \n\u00a0\nd',
  'single line without break': 'just one line',
  empty: '',
  'only blank lines': ' \n\n\t\r\n',
};

/** Offsets that the view shows: inside a paragraph and not between the \r and \n of a break. */
function shownOffsets(text: string): number[] {
  const shown: number[] = [];
  for (const paragraph of paragraphsOf(text)) {
    for (let offset = paragraph.start; offset <= paragraph.end; offset++) {
      const insideBreak = paragraph.lineBreaks.some((b) => offset > b.start && offset < b.end);
      if (!insideBreak) shown.push(offset);
    }
  }
  return shown.length > 0 ? shown : [0];
}

/** Positions inside paragraph content, where a text selection can be. */
function inlinePositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = [];
  for (let pos = 0; pos <= doc.content.size; pos++) {
    if (doc.resolve(pos).parent.type.name === 'paragraph') positions.push(pos);
  }
  return positions;
}

/** What the view shows of text[from, to): breaks as "\n", paragraphs joined by `separator`. */
function expectedShownText(text: string, from: number, to: number, separator: string): string {
  return paragraphsOf(text)
    .filter((p) => p.end >= from && p.start <= to)
    .map((p) => text.slice(Math.max(from, p.start), Math.min(to, p.end)).replace(/\r\n|\r|\n/gu, '\n'))
    .join(separator);
}

function paragraphTexts(article: ArticleDoc): string[] {
  const texts: string[] = [];
  article.doc.forEach((paragraph) => texts.push(paragraph.textBetween(0, paragraph.content.size, null, '\n')));
  return texts;
}

describe('buildArticleDoc', () => {
  it('makes one paragraph per run of non-blank lines, with its inner line breaks as hard breaks', () => {
    const text = 'Headline\n\nFirst line\nsecond line\r\nthird\n\n\nLast';
    const article = buildArticleDoc(text);
    expect(article.doc.childCount).toBe(3);
    const shapes: string[][] = [];
    article.doc.forEach((paragraph) => {
      const shape: string[] = [];
      paragraph.forEach((child) => shape.push(child.isText ? child.text! : `<${child.type.name}>`));
      shapes.push(shape);
    });
    expect(shapes).toEqual([
      ['Headline'],
      ['First line', '<hard_break>', 'second line', '<hard_break>', 'third'],
      ['Last'],
    ]);
  });

  for (const [name, text] of Object.entries(TEXTS)) {
    it(`keeps every paragraph and line break of ${name}`, () => {
      const article = buildArticleDoc(text);
      const paragraphs = paragraphsOf(text);
      const expected = paragraphs.map((p) => text.slice(p.start, p.end).replace(/\r\n|\r|\n/gu, '\n'));
      expect(paragraphTexts(article)).toEqual(expected.length > 0 ? expected : ['']);
      let hardBreaks = 0;
      article.doc.descendants((node) => {
        if (node.type.name === 'hard_break') hardBreaks++;
      });
      expect(hardBreaks).toBe(paragraphs.reduce((sum, p) => sum + p.lineBreaks.length, 0));
      article.doc.check();
    });
  }

  it('keeps the text exactly, without trimming or normalising it', () => {
    const text = '  indented\t tab  \ncafe\u0301 ﬁ';
    expect(paragraphTexts(buildArticleDoc(text))).toEqual(['  indented\t tab  \ncafe\u0301 ﬁ']);
  });
});

describe('ArticlePositions', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    describe(name, () => {
      const article = buildArticleDoc(text);
      const { positions, doc } = article;

      it('round-trips every shown UTF-16 offset through a position', () => {
        for (const offset of shownOffsets(text)) {
          expect(positions.utf16FromPos(positions.posFromUtf16(offset, 1), 1), `offset ${offset}`).toBe(offset);
          expect(positions.utf16FromPos(positions.posFromUtf16(offset, -1), -1), `offset ${offset}`).toBe(offset);
        }
      });

      it('round-trips every position inside a paragraph through an offset', () => {
        for (const pos of inlinePositions(doc)) {
          expect(positions.posFromUtf16(positions.utf16FromPos(pos)), `pos ${pos}`).toBe(pos);
        }
      });

      it('maps every offset of the text to a position inside a paragraph, in order', () => {
        let previous = 0;
        for (let offset = 0; offset <= text.length; offset++) {
          for (const assoc of [-1, 1] as const) {
            const pos = positions.posFromUtf16(offset, assoc);
            expect(doc.resolve(pos).parent.type.name, `offset ${offset}`).toBe('paragraph');
          }
          const pos = positions.posFromUtf16(offset, 1);
          expect(pos).toBeGreaterThanOrEqual(previous);
          previous = pos;
        }
      });

      it('round-trips every shown code-point offset', () => {
        const codePoints = offsetMapFor(text);
        for (const offset of shownOffsets(text)) {
          if (isInsideSurrogatePair(text, offset)) continue;
          const codePoint = codePoints.toCodePoint(offset);
          expect(positions.codePointFromPos(positions.posFromCodePoint(codePoint)), `code point ${codePoint}`).toBe(
            codePoint,
          );
          expect(positions.posFromCodePoint(codePoint)).toBe(positions.posFromUtf16(offset));
        }
      });

      it('shows the text slice between two mapped offsets, with breaks as newlines', () => {
        const shown = shownOffsets(text);
        for (const from of shown) {
          for (const to of shown) {
            if (to < from) continue;
            const between = doc.textBetween(positions.posFromUtf16(from), positions.posFromUtf16(to), '\n\n');
            expect(between, `[${from}, ${to})`).toBe(expectedShownText(text, from, to, '\n\n'));
          }
        }
      });
    });
  }

  it('maps an offset between \\r and \\n to the start of the break', () => {
    const text = 'ab\r\ncd';
    const { positions } = buildArticleDoc(text);
    expect(positions.posFromUtf16(3, 1)).toBe(positions.posFromUtf16(2));
    expect(positions.posFromUtf16(3, -1)).toBe(positions.posFromUtf16(2));
    // The break is one position wide: after it comes "c" at offset 4.
    expect(positions.posFromUtf16(4)).toBe(positions.posFromUtf16(2) + 1);
    expect(positions.utf16FromPos(positions.posFromUtf16(2) + 1)).toBe(4);
  });

  it('moves an offset on a hidden blank line forwards or backwards as asked', () => {
    const text = 'first\n\n  \nsecond';
    const { positions, doc } = buildArticleDoc(text);
    const hidden = text.indexOf('  ');
    expect(positions.posFromUtf16(hidden, -1)).toBe(positions.posFromUtf16(5));
    expect(positions.posFromUtf16(hidden, 1)).toBe(positions.posFromUtf16(text.indexOf('second')));
    // A span over hidden lines shrinks to what is shown.
    const from = positions.posFromUtf16(hidden, 1);
    const to = positions.posFromUtf16(text.length, -1);
    expect(doc.textBetween(from, to)).toBe('second');
  });

  it('maps the boundary between two paragraphs to the end of one or the start of the next', () => {
    const text = 'first\n\nsecond';
    const { positions } = buildArticleDoc(text);
    const between = positions.posFromUtf16(5) + 1;
    expect(positions.utf16FromPos(between, -1)).toBe(5);
    expect(positions.utf16FromPos(between, 1)).toBe(7);
    expect(positions.utf16FromPos(0)).toBe(0);
  });

  it('moves a position inside a surrogate pair to a side of the character', () => {
    const text = 'a😀b';
    const { positions } = buildArticleDoc(text);
    const insidePair = positions.posFromUtf16(2);
    expect(positions.codePointFromPos(insidePair, -1)).toBe(1);
    expect(positions.codePointFromPos(insidePair, 1)).toBe(2);
    expect(positions.posFromCodePoint(3)).toBe(positions.posFromUtf16(4));
  });

  it('skips leading blank lines and trailing ones', () => {
    const text = '\n\n  \nbody\n\n';
    const { positions } = buildArticleDoc(text);
    expect(positions.posFromUtf16(0)).toBe(1);
    expect(positions.utf16FromPos(1)).toBe(text.indexOf('body'));
    expect(positions.posFromUtf16(text.length)).toBe(positions.posFromUtf16(text.indexOf('body') + 4));
  });

  it('refuses offsets and positions outside the text', () => {
    const { positions } = buildArticleDoc('abc');
    expect(() => positions.posFromUtf16(4)).toThrow(RangeError);
    expect(() => positions.posFromUtf16(-1)).toThrow(RangeError);
    expect(() => positions.utf16FromPos(6)).toThrow(RangeError);
    expect(() => positions.posFromCodePoint(4)).toThrow(RangeError);
  });
});

function isInsideSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return before >= 0xd800 && before <= 0xdbff;
}
