// Krippendorff's α with the nominal distance, from the coincidence matrix (Krippendorff 2011):
// D_o = Σ_{c≠k} o_ck / n, D_e = Σ_{c≠k} n_c·n_k / (n(n−1)), α = 1 − D_o / D_e. Units with fewer than two
// values are not pairable and drop out, which is how missing values are handled.
import { nullScore, type Score, valueScore } from './score';

/** The nominal coincidence summary: Σ of the off-diagonal coincidences and n_c (pairable values per category). */
export interface NominalCoincidences {
  disagreeingPairs: number;
  valueTotals: ArrayLike<number>;
}

/** D_o = Σ_{c≠k} o_ck / n and D_e = Σ_{c≠k} n_c·n_k / (n(n−1)) (NaN when fewer than two pairable values). */
export function nominalDisagreements(coincidences: NominalCoincidences): { observed: number; expected: number } {
  let n = 0;
  let sumSquares = 0;
  for (let c = 0; c < coincidences.valueTotals.length; c++) {
    n += coincidences.valueTotals[c]!;
    sumSquares += coincidences.valueTotals[c]! ** 2;
  }
  if (n <= 1) return { observed: NaN, expected: NaN };
  return { observed: coincidences.disagreeingPairs / n, expected: (n * n - sumSquares) / (n * (n - 1)) };
}

/** Nominal α from coincidences; perfect agreement gives 1 even when one value was used throughout. */
export function krippendorffAlphaFromCoincidences(coincidences: NominalCoincidences): Score {
  const { disagreeingPairs, valueTotals } = coincidences;
  let n = 0;
  let sumSquares = 0;
  for (let c = 0; c < valueTotals.length; c++) {
    n += valueTotals[c]!;
    sumSquares += valueTotals[c]! ** 2;
  }
  if (n <= 1) return nullScore('no unit has two values to compare');
  if (disagreeingPairs === 0) return valueScore(1);
  return valueScore(1 - ((n - 1) * disagreeingPairs) / (n * n - sumSquares));
}

/**
 * Nominal α of a reliability data matrix: `data[observer][unit]` is a value, or null where the observer
 * gave none (Krippendorff 2011's layout).
 */
export function krippendorffAlphaNominal(data: readonly (readonly (string | number | null)[])[]): Score {
  return krippendorffAlphaFromCoincidences(nominalCoincidences(data));
}

/** The coincidence summary of a reliability data matrix (`data[observer][unit]`, null = no value). */
export function nominalCoincidences(data: readonly (readonly (string | number | null)[])[]): NominalCoincidences {
  const unitCount = Math.max(0, ...data.map((row) => row.length));
  const valueIndex = new Map<string | number, number>();
  const totals: number[] = [];
  let disagreeingPairs = 0;
  for (let u = 0; u < unitCount; u++) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const row of data) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      let index = valueIndex.get(value);
      if (index === undefined) valueIndex.set(value, (index = valueIndex.size));
      counts.set(index, (counts.get(index) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    let sameValuePairs = 0;
    for (const [index, count] of counts) {
      totals[index] = (totals[index] ?? 0) + count;
      sameValuePairs += count * count;
    }
    disagreeingPairs += (m * m - sameValuePairs) / (m - 1);
  }
  return { disagreeingPairs, valueTotals: Array.from(totals, (t) => t ?? 0) };
}
