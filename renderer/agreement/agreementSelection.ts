// What the agreement controls choose, and the API parameters it becomes.
import type { LabelLevel } from '../../shared/agreement';
import type { ParamsOf } from '../../shared/api';

/** The annotators, labels and level to compare; no labels means every label in use. */
export interface AgreementSelection {
  annotators: string[];
  labels: string[];
  level: LabelLevel;
}

/** The `getAgreement` parameters of a selection (an empty label filter is left to the report's default). */
export function agreementParams(selection: AgreementSelection): ParamsOf<'getAgreement'> {
  return {
    annotators: selection.annotators,
    ...(selection.labels.length > 0 ? { labels: selection.labels } : {}),
    level: selection.level,
  };
}

/** True when two selections ask for the same report (order of the annotators and labels matters to it). */
export function sameSelection(x: AgreementSelection, y: AgreementSelection): boolean {
  return (
    x.level === y.level &&
    x.annotators.join('\u0000') === y.annotators.join('\u0000') &&
    x.labels.join('\u0000') === y.labels.join('\u0000')
  );
}
