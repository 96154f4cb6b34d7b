// Every measure can be undefined on some data (no annotators, no items, no spans of a label).
// Such a value travels as null together with the sentence that tells the user why.

/** A measure's value, or null with the reason it cannot be computed on this data. */
export type Score = { value: number; reason: null } | { value: null; reason: string };

/** A computed value. */
export function valueScore(value: number): Score {
  return { value, reason: null };
}

/** An undefined value and why. */
export function nullScore(reason: string): Score {
  return { value: null, reason };
}

/**
 * 1 − observed/expected disagreement, with DKPro Agreement's rule for equal values (0) except that
 * perfect agreement (both zero) gives 1, as the spec and DKPro's later fix for coding α require.
 */
export function oneMinusRatio(observed: number, expected: number): Score {
  if (Number.isNaN(observed) || Number.isNaN(expected)) return nullScore('not enough data');
  if (observed === expected) return valueScore(observed === 0 ? 1 : 0);
  if (expected === 0) return nullScore('the expected disagreement is zero while the observed is not');
  return valueScore(1 - observed / expected);
}
