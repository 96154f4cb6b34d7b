// One document as a brat .ann file: T lines for spans (fragments for discontinuous ones), A lines
// for attributes, R lines for relations, AnnotatorNotes for notes, SpanmarkLabel comments for
// names brat cannot store, then the lines kept verbatim at import (events, normalizations, …).
import { offsetMapFor, sliceCodePoints } from '../offsets';
import { ANNOTATOR_NOTES, bratTextColumn, FRAGMENTS_ATTRIBUTE, SPANMARK_LABEL_COMMENT } from './bratAnn';
import type { BratTypeNames } from './bratNames';
import { isBratStorable } from './bratNames';
import type { NativeDocument, NativeSpan } from './native';

/** The document meta key holding the .ann lines Spanmark kept verbatim at import. */
export const BRAT_UNSUPPORTED_META = 'brat_unsupported';

/** What an .ann could not hold, counted for the export's warnings. */
export interface BratLosses {
  attributes: number;
  fragments: number;
  relations: number;
  keptLines: number;
}

/** Attribute names and values written, for annotation.conf. */
export type BratAttributeUse = Map<string, Set<string>>;

/** Writes the .ann content of one document; what it cannot express is added to `losses`. */
export function writeBratAnn(
  document: NativeDocument,
  names: BratTypeNames,
  attributeUse: BratAttributeUse,
  losses: BratLosses,
): string {
  const kept = keptLines(document);
  const ids = new IdAllocator(kept.map((line) => line.split('\t')[0]!));
  const map = offsetMapFor(document.text);
  const spanIds = new Map<string, string>();
  for (const span of document.spans) {
    if (span.id !== undefined && /^T\d+$/u.test(span.id)) spanIds.set(span.id, ids.claim(span.id));
  }
  const textBound: string[] = [];
  const attributes: string[] = [];
  const notes: string[] = [];
  const labelComments: string[] = [];
  document.spans.forEach((span, index) => {
    const key = span.id ?? `#${index}`;
    const id = spanIds.get(key) ?? ids.next('T');
    spanIds.set(key, id);
    const label = span.technique ?? span.label;
    const fragments = fragmentsOf(span, losses);
    const covered = fragments.map(([start, end]) => sliceCodePoints(document.text, start, end, map)).join(' ');
    const offsets = fragments.map(([start, end]) => `${start} ${end}`).join(';');
    textBound.push(`${id}\t${names.storageName(label)} ${offsets}\t${bratTextColumn(covered)}`);
    if (names.isRenamed(label)) labelComments.push(`${ids.next('#')}\t${SPANMARK_LABEL_COMMENT} ${id}\t${label}`);
    for (const [name, value] of Object.entries(span.attributes ?? {})) {
      if (name === FRAGMENTS_ATTRIBUTE) continue;
      const written = attributeValue(value);
      if (!isBratStorable(name) || written === null) {
        losses.attributes++;
        continue;
      }
      attributes.push(`${ids.next('A')}\t${name} ${id}${written === true ? '' : ` ${written}`}`);
      const values = attributeUse.get(name) ?? new Set<string>();
      if (written !== true) values.add(written);
      attributeUse.set(name, values);
    }
    if (span.note !== undefined && span.note !== '') {
      // One comment a line: brat (Python, universal newlines) would also break a line at a lone CR.
      for (const line of span.note.split(/\r\n|\r|\n/u))
        notes.push(`${ids.next('#')}\t${ANNOTATOR_NOTES} ${id}\t${line}`);
    }
  });
  const relations: string[] = [];
  const relationIds = new Set(
    document.relations.map((relation) => relation.id).filter((id) => id !== undefined && /^R\d+$/u.test(id)),
  );
  for (const id of relationIds) ids.claim(id!);
  for (const relation of document.relations) {
    const from = spanIds.get(relation.from);
    const to = spanIds.get(relation.to);
    if (from === undefined || to === undefined) {
      losses.relations++;
      continue;
    }
    const id = relation.id !== undefined && relationIds.has(relation.id) ? relation.id : ids.next('R');
    // brat itself ends R lines with a tab (an empty text column).
    relations.push(`${id}\t${names.storageName(relation.type)} Arg1:${from} Arg2:${to}\t`);
    if (names.isRenamed(relation.type))
      labelComments.push(`${ids.next('#')}\t${SPANMARK_LABEL_COMMENT} ${id}\t${relation.type}`);
  }
  const written = new Set([...spanIds.values(), ...relationIds].filter((id) => id !== undefined));
  const keptDefined = new Set(kept.map((line) => line.split('\t')[0]!));
  const keptWritten = kept.filter((line) => {
    const references = (line.split('\t')[1] ?? '').match(/\b[TREAN]\d+\b/gu) ?? [];
    const whole = references.every((reference) => written.has(reference) || keptDefined.has(reference));
    if (!whole) losses.keptLines++;
    return whole;
  });
  const lines = [...textBound, ...attributes, ...relations, ...notes, ...labelComments, ...keptWritten];
  return lines.map((line) => `${line}\n`).join('');
}

function keptLines(document: NativeDocument): string[] {
  const value = document.meta[BRAT_UNSUPPORTED_META];
  return Array.isArray(value)
    ? value.filter((line): line is string => typeof line === 'string' && !/[\r\n]/u.test(line))
    : [];
}

/** The fragments to write: the span's own if they are valid, else the span as one piece. */
function fragmentsOf(span: NativeSpan, losses: BratLosses): [number, number][] {
  const value = span.attributes?.[FRAGMENTS_ATTRIBUTE];
  if (value === undefined) return [[span.start, span.end]];
  const valid =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (pair, index) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        pair.every((offset) => Number.isInteger(offset)) &&
        pair[0] < pair[1] &&
        (index === 0 || pair[0] >= (value[index - 1] as number[])[1]!),
    ) &&
    value[0][0] === span.start &&
    value.at(-1)[1] === span.end;
  if (valid) return value as [number, number][];
  losses.fragments++;
  return [[span.start, span.end]];
}

/** An attribute as brat writes it: `true` for a binary one, a value without spaces, or null when brat cannot hold it. */
function attributeValue(value: unknown): string | true | null {
  if (value === true) return true;
  // `|` and `,` would break the value list in annotation.conf.
  if (typeof value === 'string' && /^[^\s|,]+$/u.test(value)) return value;
  return null;
}

/** Numbers ids per prefix (T, R, A, #), skipping ids already in use. */
class IdAllocator {
  private readonly used: Set<string>;
  private readonly counters = new Map<string, number>();

  constructor(used: Iterable<string>) {
    this.used = new Set(used);
  }

  claim(id: string): string {
    this.used.add(id);
    return id;
  }

  next(prefix: string): string {
    let number = this.counters.get(prefix) ?? 1;
    while (this.used.has(`${prefix}${number}`)) number++;
    this.counters.set(prefix, number + 1);
    return this.claim(`${prefix}${number}`);
  }
}
