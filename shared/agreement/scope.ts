// Which annotators, labels, documents and spans the measures see. Scope (from the spec): the selected
// annotators (default all but `gold`) and the documents where every selected annotator has at least one
// span or marked the document done. Spans are then reduced to the compared label and laid on the continuum.
import { InputError, SpanmarkError } from '../errors';
import { codePointLength } from '../offsets';
import { nonWhitespacePrefix } from './continuum';
import { type IntervalList, sortedIntervals } from './intervals';
import type { AgreementInput, AgreementOptions, AgreementSpan, ExcludedDocument, LabelLevel } from './types';

/** The annotator left out of the default selection: the adjudicated reference, not a peer. */
export const GOLD_ANNOTATOR = 'gold';

/** A document in scope and where it sits on the continuum. */
export interface ScopedDocument {
  id: string;
  begin: number;
  length: number;
}

/** The corpus reduced to what the measures compare. */
export interface ScopedCorpus {
  annotators: string[];
  labels: string[];
  level: LabelLevel;
  documents: ScopedDocument[];
  excluded: ExcludedDocument[];
  documentsTotal: number;
  /** Code points of the continuum. */
  length: number;
  /** prefix[i] = non-whitespace code points in [0, i) of the continuum. */
  nonWhitespacePrefix: Int32Array;
  /** spans[annotator][label]: that annotator's spans of that compared label, as stored, on the continuum, sorted. */
  spans: IntervalList[][];
  emptySpansIgnored: number;
}

/** The label a span is compared by: its technique when it has one and the level is `stored`, else its label. */
export function comparedLabel(span: Pick<AgreementSpan, 'label' | 'technique'>, level: LabelLevel): string {
  return level === 'stored' && span.technique !== null ? span.technique : span.label;
}

/** Applies the selection and scope rules; throws on unknown annotators and on spans outside their text. */
export function scopeCorpus(input: AgreementInput, options: AgreementOptions): ScopedCorpus {
  if (options.level !== 'stored' && options.level !== 'top') {
    throw new SpanmarkError('bad_params', `unknown label level "${String(options.level)}"; use "stored" or "top"`);
  }
  const annotators = selectAnnotators(input, options.annotators);
  const selected = new Set(annotators);
  const documents: ScopedDocument[] = [];
  const excluded: ExcludedDocument[] = [];
  const inScope: AgreementInput['documents'] = [];
  let length = 0;
  for (const document of input.documents) {
    const missing = missingAnnotators(document, annotators);
    if (missing.length > 0) {
      excluded.push({ id: document.id, missing });
      continue;
    }
    const documentLength = codePointLength(document.text);
    document.spans.forEach(
      (span) => selected.has(span.annotator) && assertSpanInText(span, document.id, documentLength),
    );
    documents.push({ id: document.id, begin: length, length: documentLength });
    inScope.push(document);
    length += documentLength;
  }
  if (length > 0x7fffffff) {
    throw new SpanmarkError(
      'bad_params',
      'the documents in scope exceed 2^31 code points; compare fewer documents at a time',
    );
  }

  const labels = selectLabels(inScope, selected, options);
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const annotatorIndex = new Map(annotators.map((name, index) => [name, index]));
  const starts = annotators.map(() => labels.map((): number[] => []));
  const ends = annotators.map(() => labels.map((): number[] => []));
  let emptySpansIgnored = 0;
  inScope.forEach((document, d) => {
    const begin = documents[d]!.begin;
    for (const span of document.spans) {
      const a = annotatorIndex.get(span.annotator);
      const l = labelIndex.get(comparedLabel(span, options.level));
      if (a === undefined || l === undefined) continue;
      if (span.end === span.start) {
        emptySpansIgnored++;
        continue;
      }
      starts[a]![l]!.push(begin + span.start);
      ends[a]![l]!.push(begin + span.end);
    }
  });
  return {
    annotators,
    labels,
    level: options.level,
    documents,
    excluded,
    documentsTotal: input.documents.length,
    length,
    nonWhitespacePrefix: nonWhitespacePrefix(
      inScope.map((document) => document.text),
      length,
    ),
    spans: starts.map((perLabel, a) => perLabel.map((labelStarts, l) => sortedIntervals(labelStarts, ends[a]![l]!))),
    emptySpansIgnored,
  };
}

// The selected annotators with neither a span nor a done mark in the document; stops reading spans
// as soon as everyone has been seen, since documents can hold thousands of spans.
function missingAnnotators(document: AgreementInput['documents'][number], annotators: string[]): string[] {
  const unseen = new Set(annotators);
  for (const name of document.done) unseen.delete(name);
  for (let i = 0; i < document.spans.length && unseen.size > 0; i++) unseen.delete(document.spans[i]!.annotator);
  return annotators.filter((name) => unseen.has(name));
}

function selectAnnotators(input: AgreementInput, requested: string[] | undefined): string[] {
  const known = new Set<string>();
  for (const document of input.documents) {
    document.done.forEach((name) => known.add(name));
    document.spans.forEach((span) => known.add(span.annotator));
  }
  if (requested === undefined || requested.length === 0) {
    return [...known].filter((name) => name !== GOLD_ANNOTATOR).sort(byCodeUnits);
  }
  const unique = [...new Set(requested)];
  const unknown = unique.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new SpanmarkError(
      'bad_params',
      `unknown annotator${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')}: no span and no "done" mark by that name; ` +
        `annotators in this project: ${[...known].sort(byCodeUnits).join(', ') || '(none)'}`,
    );
  }
  return unique;
}

function selectLabels(
  documents: AgreementInput['documents'],
  selected: Set<string>,
  options: AgreementOptions,
): string[] {
  if (options.labels !== undefined && options.labels.length > 0) return [...new Set(options.labels)];
  const used = new Set<string>();
  for (const document of documents) {
    for (const span of document.spans) {
      if (selected.has(span.annotator) && span.end > span.start) used.add(comparedLabel(span, options.level));
    }
  }
  return [...used].sort(byCodeUnits);
}

function assertSpanInText(span: AgreementSpan, documentId: string, length: number): void {
  if (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  )
    return;
  throw new InputError(
    `document "${documentId}"`,
    null,
    `span ${span.start}-${span.end} (${span.label}) of ${span.annotator} is outside the text's 0..${length} code points; fix or delete the span`,
  );
}

function byCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
