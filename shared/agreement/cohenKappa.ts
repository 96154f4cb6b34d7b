// Cohen's κ (1960) for two raters coding the same items, as DKPro Agreement's CohenKappaAgreement:
// κ = (p_o − p_e) / (1 − p_e), p_e = Σ_k p_A(k)·p_B(k) from each rater's own marginals.
import { nullScore, type Score, valueScore } from './score';

/** What κ needs from two raters' codes: item count (weights allowed), agreements, each rater's count per category. */
export interface PairCodingCounts {
  items: number;
  agreements: number;
  /** marginalsA[k] = items rater A put in category k; same category indices for B. */
  marginalsA: ArrayLike<number>;
  marginalsB: ArrayLike<number>;
}

/** Cohen's κ from counts; perfect agreement gives 1 even when one category was used throughout. */
export function cohenKappaFromCounts(counts: PairCodingCounts): Score {
  const { items, agreements, marginalsA, marginalsB } = counts;
  if (items <= 0) return nullScore('no items');
  if (agreements === items) return valueScore(1);
  let chance = 0;
  for (let k = 0; k < marginalsA.length; k++) chance += (marginalsA[k]! / items) * ((marginalsB[k] ?? 0) / items);
  return valueScore((agreements / items - chance) / (1 - chance));
}

/** Cohen's κ from a contingency table: `table[i][j]` = items rater A coded i and rater B coded j. */
export function cohenKappa(table: readonly (readonly number[])[]): Score {
  const size = table.length;
  const marginalsA = new Float64Array(size);
  const marginalsB = new Float64Array(size);
  let items = 0;
  let agreements = 0;
  table.forEach((row, i) => {
    if (row.length !== size) throw new RangeError('the contingency table must be square');
    row.forEach((count, j) => {
      marginalsA[i] = marginalsA[i]! + count;
      marginalsB[j] = marginalsB[j]! + count;
      items += count;
      if (i === j) agreements += count;
    });
  });
  return cohenKappaFromCounts({ items, agreements, marginalsA, marginalsB });
}
