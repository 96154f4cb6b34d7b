// Fleiss' κ (1971) for n raters who all code every item, as DKPro Agreement's FleissKappaAgreement:
// P̄ = (Σ_i Σ_k n_ik² − N·n) / (N·n·(n−1)), P̄_e = Σ_k (T_k / (N·n))², κ = (P̄ − P̄_e) / (1 − P̄_e).
import { nullScore, type Score, valueScore } from './score';

/** What Fleiss' κ needs: N items (weights allowed), n raters, Σ_i Σ_k n_ik², and T_k = Σ_i n_ik per category. */
export interface MultiRaterCodingCounts {
  items: number;
  raters: number;
  sumSquaredCounts: number;
  categoryTotals: ArrayLike<number>;
}

/** Fleiss' κ from counts; perfect agreement gives 1 even when one category was used throughout. */
export function fleissKappaFromCounts(counts: MultiRaterCodingCounts): Score {
  const { items, raters, sumSquaredCounts, categoryTotals } = counts;
  if (raters < 2) return nullScore('needs at least two annotators');
  if (items <= 0) return nullScore('no items');
  const assignments = items * raters;
  const observed = (sumSquaredCounts - assignments) / (assignments * (raters - 1));
  if (sumSquaredCounts === items * raters * raters) return valueScore(1);
  let chance = 0;
  for (let k = 0; k < categoryTotals.length; k++) chance += (categoryTotals[k]! / assignments) ** 2;
  return valueScore((observed - chance) / (1 - chance));
}

/** Fleiss' κ from the classic table: `counts[i][k]` = raters who put item i in category k (equal row sums). */
export function fleissKappa(counts: readonly (readonly number[])[]): Score {
  const raters = counts[0]?.reduce((sum, n) => sum + n, 0) ?? 0;
  const categoryTotals = new Float64Array(counts[0]?.length ?? 0);
  let sumSquaredCounts = 0;
  counts.forEach((row, i) => {
    if (row.reduce((sum, n) => sum + n, 0) !== raters)
      throw new RangeError(`item ${i} is not coded by all ${raters} raters`);
    row.forEach((n, k) => {
      categoryTotals[k] = categoryTotals[k]! + n;
      sumSquaredCounts += n * n;
    });
  });
  return fleissKappaFromCounts({ items: counts.length, raters, sumSquaredCounts, categoryTotals });
}
