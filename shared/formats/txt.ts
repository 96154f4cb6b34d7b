// Plain text: one document a file, the id is the file's path inside the folder without `.txt`.
// The title is the first line, unless that line is not a title (a date, a section word, a line
// that repeats later, as in a page header); then the file name is the better title.
import { titleFromText } from '../textDecoding';
import type { ImportCodec } from './codec';
import type { NativeDocument } from './native';

/** A .txt file's text as a document with no annotations; the text is kept exactly. */
export function txtDocument(name: string, text: string): NativeDocument {
  const id = name.replace(/\.txt$/iu, '');
  return { id, title: txtTitle(text, id), text, meta: {}, spans: [], relations: [], status: {} };
}

/** The title of a text file: its first line when that reads as a title, else the file's base name. */
export function txtTitle(text: string, id: string): string {
  const fileName = id.split(/[\\/]/u).at(-1) ?? id;
  const lines = text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0];
  if (first === undefined) return fileName;
  if (isDateLine(first) || isSectionWord(first) || lines.indexOf(first, 1) > 0) return fileName;
  return titleFromText(text, fileName);
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const TIME = '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?';
const DATE_LINE = new RegExp(
  `^${WEEKDAY}(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{4})${TIME}$`,
  'iu',
);

/** Whether a line is only a date (and maybe a time), as a news page prints above its story. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

const SECTION_WORDS = new RegExp(
  '^(?:abstract|introduction|summary|contents|table of contents|preface|foreword|background|overview|conclusions?|references|' +
    'acknowledg(?:e)?ments?|appendix|(?:section|chapter|part|appendix)(?:\\s+(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-z]))?)[.:]?$',
  'iu',
);

/** Whether a line is a section heading word ("Abstract", "Section 1", "Chapter") or a one-word rubric in capitals ("ANALYTICS"). */
export function isSectionWord(line: string): boolean {
  const trimmed = line.trim();
  return SECTION_WORDS.test(trimmed) || /^\p{Lu}{3,}[.:]?$/u.test(trimmed);
}

/** Plain text files, imported as they are. */
export const txtCodec: ImportCodec = {
  accepts: (name) => /\.txt$/iu.test(name),
  *parse(files) {
    for (const file of files) yield { document: txtDocument(file.name, file.text()), file: file.path, line: null };
  },
};
