// How the agreement view writes a measure: three decimals, a true minus sign, and "—" for a value
// that could not be computed, whose reason the report gives.
import type { LabelledValues } from '../../shared/agreement';

/** What a null value shows. */
export const NO_VALUE = '—';

/** A value to three decimals ("0.667", "−0.700"), or "—" for null; a value that rounds to zero has no sign. */
export function formatMeasure(value: number | null): string {
  if (value === null || Number.isNaN(value)) return NO_VALUE;
  const fixed = value.toFixed(3);
  if (/^-0\.0+$/u.test(fixed)) return fixed.slice(1);
  return fixed.replace('-', '\u2212');
}

/** The overall value (label null) or one label's value. */
export function valueFor(values: LabelledValues, label: string | null): number | null {
  if (label === null) return values.overall;
  return values.per_label[label] ?? null;
}

/** Why the overall value (label null) or a label's value is null; undefined when it is not. */
export function reasonFor(values: LabelledValues, label: string | null): string | undefined {
  return values.reasons[label === null ? 'overall' : `per_label.${label}`];
}
