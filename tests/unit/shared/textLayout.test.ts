import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../shared/textLayout';

describe('paragraphsOf', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    const text = 'Title\r\n\r\nFirst line\nsecond line\n\n \t\nLast';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Title', 'First line\nsecond line', 'Last']);
    expect(paragraphs[1]!.lineBreaks.map((b) => text.slice(b.start, b.end))).toEqual(['\n']);
  });

  it('keeps CRLF and lone CR breaks as one break each', () => {
    const text = 'a\r\nb\rc';
    const [paragraph] = paragraphsOf(text);
    expect(paragraph).toEqual({
      start: 0,
      end: 6,
      lineBreaks: [
        { start: 1, end: 3 },
        { start: 4, end: 5 },
      ],
    });
  });

  it('gives no paragraphs for an empty or blank text', () => {
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf('\n \n')).toEqual([]);
  });
});
