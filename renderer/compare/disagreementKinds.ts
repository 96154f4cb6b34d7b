// The words for each kind of disagreement, shared by the legend, the list and the tooltips.
import type { DisagreementKind, SpanGroup } from './compareSpans';

/** Short names of the kinds (and of agreement). */
export const KIND_NAMES: Record<DisagreementKind | 'agreement', string> = {
  agreement: 'Agreement',
  missing: 'Missing span',
  label: 'Label difference',
  boundary: 'Boundary difference',
};

/** What each kind means, for the legend. */
export const KIND_HINTS: Record<DisagreementKind | 'agreement', string> = {
  agreement: 'every annotator marked the same stretch with the same label',
  missing: 'an annotator has no span where the others do (hatched in their column or lane)',
  label: 'the annotators gave overlapping spans different labels',
  boundary: 'same label, but the spans start or end at different characters',
};

/** The group's main kind: the first of its kinds, or agreement. */
export function mainKind(group: SpanGroup): DisagreementKind | 'agreement' {
  return group.kinds[0] ?? 'agreement';
}
