// When two annotators' spans count as the same annotation. Auto-merge, the settled check and
// accepting a version all compare spans this way, so they can never disagree about it.
import type { Span } from '../domain';

/** The fields two spans must share to be the same annotation. */
export type SpanIdentity = Pick<Span, 'start' | 'end' | 'label' | 'technique'>;

/**
 * A string equal for two spans exactly when they have the same start, end, label and technique.
 * The technique is part of the label here, as in PTC files, where the technique is the label.
 */
export function spanMatchKey(span: SpanIdentity): string {
  // JSON keeps labels containing separators (`Name_Calling,Labeling`) unambiguous.
  return JSON.stringify([span.start, span.end, span.label, span.technique]);
}

/** Orders spans by start, then end, then label and technique, for stable output. */
export function compareSpans(a: SpanIdentity, b: SpanIdentity): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareText(a.label, b.label) ||
    compareText(a.technique ?? '', b.technique ?? '')
  );
}

/** Plain code-unit order, the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
