// How a stored text is shown: paragraphs are runs of non-blank lines; single line breaks inside a
// paragraph are kept as breaks. Every UTF-16 unit of the text is accounted for, so positions in the
// view map back to exact offsets. Offsets here are UTF-16 units (convert with offsets.ts).

/** A paragraph of the text: [start, end) in UTF-16 units, with the line breaks inside it. */
export interface TextParagraph {
  start: number;
  end: number;
  /** Line breaks inside the paragraph (`\n`, `\r\n` or `\r`), in order. */
  lineBreaks: { start: number; end: number }[];
}

const LINE = /[^\r\n]*(\r\n|\r|\n|$)/gu;

/** Splits a text into paragraphs; blank lines (only spaces or tabs) separate them and are not shown. */
export function paragraphsOf(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let current: TextParagraph | null = null;
  let pendingBreak: { start: number; end: number } | null = null;
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const match = LINE.exec(text)!;
    const lineStart = match.index;
    const breakLength = match[1]!.length;
    const lineEnd = lineStart + match[0].length - breakLength;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (blank) {
      current = null;
    } else if (current === null) {
      current = { start: lineStart, end: lineEnd, lineBreaks: [] };
      paragraphs.push(current);
    } else {
      current.lineBreaks.push(pendingBreak!);
      current.end = lineEnd;
    }
    pendingBreak = { start: lineEnd, end: lineEnd + breakLength };
    if (breakLength === 0) break;
  }
  return paragraphs;
}
