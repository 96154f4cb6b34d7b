// The body of a WebAnno TSV 3.x file: sentences (`#Text=` lines, then token lines) rebuilt into
// the document text the way WebAnno's own reader does it. Each sentence's text is its #Text lines
// joined by line breaks and followed by one; when the next sentence starts one unit earlier that
// break is dropped, when it starts later the gap is filled with spaces. Unlike WebAnno, the break
// after the last sentence is dropped too, so a text exported by Spanmark comes back exactly.
import { InputError } from '../errors';
import { WebannoColumnReader, type WebannoRelation, type WebannoSpan, type WebannoUnit } from './webannoColumns';
import { unescapeWebannoText, unescapeWebannoValue } from './webannoEscape';
import type { WebannoSchema } from './webannoSchema';

/** The rebuilt text, the units by id, and the annotations, all with UTF-16 offsets. */
export interface WebannoBody {
  text: string;
  units: Map<string, WebannoUnit>;
  spans: WebannoSpan[];
  relations: WebannoRelation[];
}

const UNIT_ID = /^(\d+-\d+)(?:\.\d+)?$/u;
const OFFSETS = /^(\d+)-(\d+)$/u;

/** Reads the lines after the header; a structural problem throws an InputError naming the line. */
export function readWebannoBody(lines: string[], bodyStart: number, schema: WebannoSchema, file: string): WebannoBody {
  const columns = new WebannoColumnReader(schema, file);
  const units = new Map<string, WebannoUnit>();
  let text = '';
  let pendingText: string[] = [];
  let sentence: { start: number; end: number } | null = null;
  let lastToken: string | null = null;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    const fail = (reason: string): never => {
      throw new InputError(file, lineNumber, reason);
    };
    if (line === '') {
      if (sentence === null && pendingText.length > 0) fail('a sentence must have token lines after its #Text lines');
      sentence = null;
      continue;
    }
    if (line.startsWith('#')) {
      if (sentence !== null) fail('a sentence header line must come after a blank line, not among token lines');
      // #Sentence.id= and other header lines carry nothing Spanmark keeps.
      if (line.startsWith('#Text='))
        pendingText.push(unescapeWebannoText(line.slice('#Text='.length), schema.minorVersion));
      continue;
    }
    const fields = line.split('\t');
    if (fields.length < schema.columnCount + 3) {
      fail(
        `expected ${schema.columnCount + 3} tab-separated columns (id, offsets, token and one per declared feature), found ${fields.length}`,
      );
    }
    const [id, offsets, tokenText] = fields as [string, string, string];
    const idMatch =
      UNIT_ID.exec(id) ?? fail(`${JSON.stringify(id)} is not a token id like 1-3 or a sub-token id like 1-3.1`);
    const offsetMatch =
      OFFSETS.exec(offsets) ?? fail(`${JSON.stringify(offsets)} is not a begin-end offset pair like 0-5`);
    const begin = Number(offsetMatch[1]);
    const end = Number(offsetMatch[2]);
    if (begin > end) fail(`token offsets ${offsets} end before they begin`);
    const isSubToken = idMatch[1] !== id;
    if (isSubToken && (sentence === null || lastToken !== idMatch[1]))
      fail(`sub-token ${id} must follow the line of token ${idMatch[1]}`);
    if (!isSubToken && sentence === null) {
      if (pendingText.length === 0) fail('token lines must follow the #Text line(s) of their sentence');
      if (text.length > begin) {
        if (text.length !== begin + 1) {
          fail(
            `the sentence starts at ${begin}, before the end of the text so far (${text.length - 1}); WebAnno TSV offsets count UTF-16 units from the start of the document`,
          );
        }
        text = text.slice(0, -1);
      }
      text += ' '.repeat(begin - text.length);
      const sentenceText = `${pendingText.join('\n')}\n`;
      sentence = { start: text.length, end: text.length + sentenceText.length - 1 };
      text += sentenceText;
      pendingText = [];
    }
    if (begin < sentence!.start || end > sentence!.end) {
      fail(
        `token offsets ${offsets} lie outside their sentence (${sentence!.start}-${sentence!.end}); WebAnno TSV offsets count UTF-16 units from the start of the document`,
      );
    }
    const covered = text.slice(begin, end);
    if (tokenText !== covered && unescapeWebannoValue(tokenText) !== covered) {
      fail(
        `token ${JSON.stringify(tokenText)} does not match the sentence text at ${offsets} (${JSON.stringify(covered)})`,
      );
    }
    if (units.has(id)) fail(`unit id ${id} appears twice`);
    if (!isSubToken) lastToken = id;
    const unit: WebannoUnit = { id, begin, end, line: lineNumber };
    units.set(id, unit);
    columns.read(unit, fields);
  }
  if (pendingText.length > 0)
    throw new InputError(file, lines.length, 'the last sentence has #Text lines but no token lines');
  if (units.size > 0) text = text.slice(0, -1);
  return { text, units, spans: columns.spans, relations: columns.relations };
}
