// Label lines of the PTC corpus (SemEval-2020 Task 11) and SemEval-2023 Task 3:
// `<ID>\t<technique>\t<start>\t<end>` (technique classification) or `<ID>\t<start>\t<end>`
// (span identification). Offsets are code points into the article text, end exclusive.
import { InputError } from '../errors';

/** The label a span-identification line (no technique column) gets. */
export const PTC_SPAN_ONLY_LABEL = 'propaganda';

/** One label line: the article id, the technique (or `propaganda`), offsets, and where it was read. */
export interface PtcLabel {
  articleId: string;
  label: string;
  start: number;
  end: number;
  file: string;
  line: number;
}

const OFFSET = /^\d+$/u;
const LINE_SHAPE = 'a PTC label line is <ID><TAB><technique><TAB><start><TAB><end> or <ID><TAB><start><TAB><end>';

/** Reads one label line; blank lines give null, a malformed line throws an InputError naming the file and line. */
export function parsePtcLabelLine(text: string, file: string, line: number): PtcLabel | null {
  // Trailing blanks are layout, not data (SemEval-2023 files end lines with CR, some with spaces).
  const trimmed = text.replace(/\s+$/u, '');
  if (trimmed === '') return null;
  const fields = trimmed.split('\t');
  if (fields.length !== 3 && fields.length !== 4) {
    throw new InputError(file, line, `expected 3 or 4 tab-separated columns, found ${fields.length}; ${LINE_SHAPE}`);
  }
  const articleId = fields[0]!;
  const label = fields.length === 4 ? fields[1]! : PTC_SPAN_ONLY_LABEL;
  const [startText, endText] = fields.slice(-2) as [string, string];
  if (articleId === '') throw new InputError(file, line, `the article id (first column) is empty; ${LINE_SHAPE}`);
  if (label === '') throw new InputError(file, line, `the technique (second column) is empty; ${LINE_SHAPE}`);
  for (const [name, value] of [
    ['start', startText],
    ['end', endText],
  ] as const) {
    if (!OFFSET.test(value)) {
      throw new InputError(file, line, `${name} offset ${JSON.stringify(value)} is not a whole number; ${LINE_SHAPE}`);
    }
  }
  return { articleId, label, start: Number(startText), end: Number(endText), file, line };
}

/** The label line a span is exported as (without the newline). */
export function formatPtcLabelLine(articleId: string, label: string, start: number, end: number): string {
  return `${articleId}\t${label}\t${start}\t${end}`;
}
