// The line kinds of a brat standoff .ann file, split into fields but not yet resolved
// against each other. https://brat.nlplab.org/standoff.html
import { InputError } from '../errors';

/** A text-bound annotation: `T1\tType 0 5;8 12\ttext` (one or more fragments, code points). */
export interface BratTextBound {
  kind: 'T';
  id: string;
  type: string;
  fragments: [number, number][];
  /** The text column, or null when the line has none. */
  text: string | null;
}

/** A binary relation: `R1\tType Arg1:T1 Arg2:T2`. */
export interface BratRelation {
  kind: 'R';
  id: string;
  type: string;
  from: string;
  to: string;
}

/** An attribute (`A`) or modification (`M`): `A1\tName T1` (binary) or `A2\tName T1 Value`. */
export interface BratAttribute {
  kind: 'A';
  id: string;
  name: string;
  target: string;
  value: string | true;
}

/** A comment: `#1\tAnnotatorNotes T1\tnote text` (other comment types look the same). */
export interface BratComment {
  kind: '#';
  id: string;
  type: string;
  target: string;
  text: string;
}

/** A line Spanmark keeps verbatim: events (`E`), normalizations (`N`), equivalences (`*`), or a relation with other roles. */
export interface BratOpaque {
  kind: 'opaque';
  id: string;
}

/** One parsed .ann line with its raw text and line number. */
export type BratLine = (BratTextBound | BratRelation | BratAttribute | BratComment | BratOpaque) & {
  raw: string;
  line: number;
};

const TEXT_BOUND = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/u;
const RELATION = /^(\S+) (\S+):(\S+) (\S+):(\S+)$/u;
const ATTRIBUTE = /^(\S+) (\S+)(?: (\S+))?$/u;
const COMMENT = /^(\S+) (\S+)$/u;

/** Splits one non-blank .ann line into its fields; a line brat would reject throws an InputError naming the file and line. */
export function parseBratLine(raw: string, file: string, line: number): BratLine {
  const fail = (reason: string): never => {
    throw new InputError(file, line, reason);
  };
  const tab = raw.indexOf('\t');
  if (tab < 0)
    fail('a brat annotation line starts with an id and a tab (e.g. "T1<TAB>Claim 0 5<TAB>text"); this line has no tab');
  const id = raw.slice(0, tab);
  const rest = raw.slice(tab + 1);
  const nextTab = rest.indexOf('\t');
  const data = nextTab < 0 ? rest : rest.slice(0, nextTab);
  const tail = nextTab < 0 ? null : rest.slice(nextTab + 1);
  const base = { raw, line };
  switch (id[0]) {
    case 'T': {
      const match =
        TEXT_BOUND.exec(data) ??
        fail(
          `${id}: expected "Type start end" (fragments joined by ";") before the text, found ${JSON.stringify(data)}`,
        );
      const fragments = match[2]!.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
      return { ...base, kind: 'T', id, type: match[1]!, fragments, text: tail };
    }
    case 'R': {
      const match =
        RELATION.exec(data.trimEnd()) ?? fail(`${id}: expected "Type Arg1:T1 Arg2:T2", found ${JSON.stringify(data)}`);
      const [, type, role1, id1, role2, id2] = match as unknown as [string, string, string, string, string, string];
      // Only the usual Arg1/Arg2 pair maps onto from/to; other roles are kept verbatim.
      if (role1 === 'Arg1' && role2 === 'Arg2') return { ...base, kind: 'R', id, type, from: id1, to: id2 };
      if (role1 === 'Arg2' && role2 === 'Arg1') return { ...base, kind: 'R', id, type, from: id2, to: id1 };
      return { ...base, kind: 'opaque', id };
    }
    case 'A':
    case 'M': {
      const match =
        ATTRIBUTE.exec(data) ??
        fail(`${id}: expected "Name Target" or "Name Target Value", found ${JSON.stringify(data)}`);
      return { ...base, kind: 'A', id, name: match[1]!, target: match[2]!, value: match[3] ?? true };
    }
    case '#': {
      const match =
        COMMENT.exec(data) ?? fail(`${id}: expected "Type Target" before the note text, found ${JSON.stringify(data)}`);
      return { ...base, kind: '#', id, type: match[1]!, target: match[2]!, text: tail ?? '' };
    }
    case 'E':
    case 'N':
    case '*':
      return { ...base, kind: 'opaque', id };
    default:
      return fail(`unknown annotation id ${JSON.stringify(id)}; brat ids start with T, R, E, A, M, N, # or *`);
  }
}
