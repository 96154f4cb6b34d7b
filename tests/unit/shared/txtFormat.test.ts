import { describe, expect, it } from 'vitest';
import { isDateLine, isSectionWord, txtCodec, txtDocument, txtTitle } from '../../../shared/formats/txt';
import { memoryFile } from '../../helpers/codecIo';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

describe('txt documents', () => {
  it('uses the file name as id and the first non-blank line as title, keeping the text exactly', () => {
    const document = txtDocument('000_abc.txt', `\r\n  ${MULTILINGUAL_TEXT}`);
    expect(document.id).toBe('000_abc');
    expect(document.title).toBe('Héllo 👋🏽 world');
    expect(document.text).toBe(`\r\n  ${MULTILINGUAL_TEXT}`);
  });

  it('keeps the sub-folder in the id of a file found in a folder', () => {
    const [item] = [...txtCodec.parse([memoryFile('2024/june/a.txt', 'Text')])];
    expect(item).toMatchObject({ document: { id: '2024/june/a', text: 'Text' }, line: null });
  });
});

describe('the title of a text import', () => {
  it('is the first line when it reads as a title', () => {
    expect(txtTitle('\n  In Kazakhstan, the Kremlin shows its mendacity  \r\n\r\nBody.', 'k')).toBe(
      'In Kazakhstan, the Kremlin shows its mendacity',
    );
  });

  it('is the file name when the first line is a date', () => {
    expect(txtDocument('news/001_kazakhstan.txt', 'Jan 9, 2022\n0 0\n\nThe story.').title).toBe('001_kazakhstan');
    for (const date of [
      'Jan 9, 2022',
      '9 January 2022',
      'Sunday, 9 January 2022',
      '2022-01-09',
      '09/01/2022',
      'January 2022',
      'Jan. 9th, 2022 14:05 UTC',
    ]) {
      expect(isDateLine(date), date).toBe(true);
    }
    expect(isDateLine('January rain in 2022 floods the valley')).toBe(false);
  });

  it('is the file name when the first line is a section word', () => {
    for (const word of ['Abstract', 'Introduction:', 'Section 1', 'Chapter', 'chapter IV', 'ANALYTICS']) {
      expect(isSectionWord(word), word).toBe(true);
      expect(txtTitle(`${word}\nHow it began`, 'report-7')).toBe('report-7');
    }
    expect(isSectionWord('Introduction of a new tax')).toBe(false);
    expect(isSectionWord('NATO')).toBe(true); // a lone capitalised word is a rubric, not a headline
  });

  it('is the file name when the first line repeats later, as a page header does', () => {
    expect(txtTitle('Daily Courier\nRiots in the capital\nDaily Courier\n', 'c/riots')).toBe('riots');
  });

  it('is the file name for an empty text', () => {
    expect(txtTitle(' \n\n', 'empty')).toBe('empty');
  });
});
