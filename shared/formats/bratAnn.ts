// One brat .ann file read against its text: T lines become spans (a discontinuous one keeps its
// fragments in `attributes.fragments`), R lines relations, A/M lines span attributes,
// AnnotatorNotes comments span notes. Lines Spanmark has no place for (events, normalizations,
// equivalences, comments of other kinds, annotations on non-T targets) are kept verbatim.
import { InputError } from '../errors';
import { offsetMapFor, sliceCodePoints, type OffsetMap } from '../offsets';
import { parseBratLine, type BratLine, type BratTextBound } from './bratLines';
import type { NativeRelation, NativeSpan, SpanOrigin } from './native';

/** The comment type that restores a Spanmark label or relation type brat could not store as is. */
export const SPANMARK_LABEL_COMMENT = 'SpanmarkLabel';
/** The comment type brat uses for span notes. */
export const ANNOTATOR_NOTES = 'AnnotatorNotes';
/** The span attribute that holds a discontinuous span's fragments, `[[start, end], …]` in code points. */
export const FRAGMENTS_ATTRIBUTE = 'fragments';

/** What one .ann file gave: spans, relations, the lines kept verbatim, and one error per bad line. */
export interface BratAnnotations {
  spans: NativeSpan[];
  /** The T line of each span, by index: a problem found later (a quote that does not match) names it. */
  origins: SpanOrigin[];
  relations: NativeRelation[];
  unsupported: string[];
  errors: InputError[];
}

/** How the spans of one .ann are named: an id prefix and annotator for an annotator's file kept apart from its text. */
export interface BratOwner {
  idPrefix: string;
  annotator?: string;
}

/** Reads the lines of one .ann against the text of its .txt. A bad line is reported and left out; the rest is kept. */
export function readBratAnn(
  lines: Iterable<string>,
  text: string,
  file: string,
  owner: BratOwner = { idPrefix: '' },
): BratAnnotations {
  const result: BratAnnotations = { spans: [], origins: [], relations: [], unsupported: [], errors: [] };
  const parsed: BratLine[] = [];
  const seenIds = new Set<string>();
  // Ids of lines that could not be read: what refers to them is left out without a second message.
  const failedIds = new Set<string>();
  let lineNumber = 0;
  for (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    try {
      const line = parseBratLine(raw, file, lineNumber);
      if (line.id !== '*' && seenIds.has(line.id))
        throw new InputError(file, lineNumber, `id ${line.id} appears twice; brat ids must be unique in a file`);
      seenIds.add(line.id);
      parsed.push(line);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.errors.push(error);
      // A repeated id is an error of the repeat only; the first line with it stands.
      const id = raw.split('\t')[0]!;
      if (!seenIds.has(id)) failedIds.add(id);
    }
  }

  const map = offsetMapFor(text);
  const spans = new Map<string, NativeSpan>();
  const relations = new Map<string, NativeRelation>();
  const fail = (line: number, reason: string, id: string): void => {
    result.errors.push(new InputError(file, line, reason));
    failedIds.add(id);
  };
  // T lines first: A, R and # lines may come before the T line they point to.
  for (const line of parsed) {
    if (line.kind !== 'T') continue;
    const problem = textBoundProblem(line, text, map);
    if (problem !== null) {
      fail(line.line, `${line.id}: ${problem}`, line.id);
      continue;
    }
    const span = spanOf(line, text, map, owner);
    spans.set(line.id, span);
    result.spans.push(span);
    result.origins.push({ file, line: line.line });
  }
  const target = (line: BratLine & { target: string }): NativeSpan | null | undefined => {
    if (!line.target.startsWith('T')) return null;
    if (failedIds.has(line.target)) return undefined;
    const span = spans.get(line.target);
    if (span === undefined) fail(line.line, `${line.id} refers to ${line.target}, which is not in this file`, line.id);
    return span;
  };
  for (const line of parsed) {
    switch (line.kind) {
      case 'T':
        break;
      case 'opaque':
        result.unsupported.push(line.raw);
        break;
      case 'R': {
        if (!line.from.startsWith('T') || !line.to.startsWith('T')) {
          result.unsupported.push(line.raw);
          break;
        }
        if (failedIds.has(line.from) || failedIds.has(line.to)) break;
        const missing = [line.from, line.to].find((id) => !spans.has(id));
        if (missing !== undefined) {
          fail(line.line, `${line.id} refers to ${missing}, which is not in this file`, line.id);
          break;
        }
        const relation: NativeRelation = {
          id: owner.idPrefix + line.id,
          type: line.type,
          from: owner.idPrefix + line.from,
          to: owner.idPrefix + line.to,
        };
        if (owner.annotator !== undefined) relation.annotator = owner.annotator;
        relations.set(line.id, relation);
        result.relations.push(relation);
        break;
      }
      case 'A': {
        const span = target(line);
        if (span === null) result.unsupported.push(line.raw);
        if (span == null) break;
        const attributes = (span.attributes ??= {});
        if (line.name === FRAGMENTS_ATTRIBUTE)
          fail(
            line.line,
            `${line.id}: the attribute name "${FRAGMENTS_ATTRIBUTE}" is reserved for discontinuous spans; rename the attribute`,
            line.id,
          );
        else if (line.name in attributes)
          fail(line.line, `${line.id}: ${line.target} already has the attribute ${line.name}`, line.id);
        else attributes[line.name] = line.value;
        break;
      }
      case '#': {
        if (line.type === SPANMARK_LABEL_COMMENT && relations.has(line.target)) {
          relations.get(line.target)!.type = line.text;
          break;
        }
        if (failedIds.has(line.target)) break;
        const known = line.type === ANNOTATOR_NOTES || line.type === SPANMARK_LABEL_COMMENT;
        const span = known ? target(line) : null;
        if (span === null) result.unsupported.push(line.raw);
        if (span == null) break;
        if (line.type === SPANMARK_LABEL_COMMENT) span.label = line.text;
        else span.note = span.note === undefined ? line.text : `${span.note}\n${line.text}`;
        break;
      }
    }
  }
  return result;
}

/** What is wrong with a T line's offsets or text, or null. */
function textBoundProblem(line: BratTextBound, text: string, map: OffsetMap): string | null {
  const { fragments } = line;
  for (let index = 0; index < fragments.length; index++) {
    const [start, end] = fragments[index]!;
    if (start >= end) return `fragment ${start}-${end} is empty or reversed; start must be less than end`;
    if (end > map.codePointLength) {
      return `end ${end} is past the end of the text (${map.codePointLength} code points); brat offsets count code points`;
    }
    if (index > 0 && start < fragments[index - 1]![1]) return 'fragments must be in text order and must not overlap';
  }
  if (fragments.length === 1 || line.text === null) return null;
  const expected = fragments.map(([start, end]) => sliceCodePoints(text, start, end, map)).join(' ');
  if (sameQuote(line.text, expected)) return null;
  return `text ${JSON.stringify(line.text)} does not match the fragments' text joined by spaces (${JSON.stringify(expected)}); check the offsets`;
}

function spanOf(line: BratTextBound, text: string, map: OffsetMap, owner: BratOwner): NativeSpan {
  const start = line.fragments[0]![0];
  const end = line.fragments.at(-1)![1];
  const span: NativeSpan = { id: owner.idPrefix + line.id, start, end, label: line.type };
  if (line.fragments.length > 1) {
    span.attributes = { [FRAGMENTS_ATTRIBUTE]: line.fragments };
  } else if (line.text !== null) {
    // brat cannot write a line break in the text column; a writer puts a space in its place.
    const covered = sliceCodePoints(text, start, end, map);
    if (!(covered !== line.text && sameQuote(line.text, covered))) span.quote = line.text;
  }
  if (owner.annotator !== undefined) span.annotator = owner.annotator;
  return span;
}

/** Whether a T line's text column stands for `covered`: equal, or equal with each line-break character as a space. */
export function sameQuote(column: string, covered: string): boolean {
  return column === covered || column === bratTextColumn(covered);
}

/** The text column brat writes for covered text: line-break characters become spaces, one for one. */
export function bratTextColumn(covered: string): string {
  return covered.replace(/[\r\n]/gu, ' ');
}
