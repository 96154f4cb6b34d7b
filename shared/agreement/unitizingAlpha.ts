// Krippendorff's unitizing alpha (α_U) exactly as DKPro Agreement's KrippendorffAlphaUnitizingAgreement
// computes it: the same section walk for the observed disagreement, the same closed form for the
// expected one, the same mean-of-categories aggregation. Only the loops differ: sorted typed arrays,
// a linear walk per rater pair and a binary search over sorted gaps instead of a scan, so nothing is
// quadratic in the number of units of the continuum.
import { type IntervalList, lowerBound } from './intervals';
import { nullScore, oneMinusRatio, type Score } from './score';

/** The stretch of positions [begin, begin + length) that the raters divided into units and gaps. */
export interface UnitizingContinuum {
  begin: number;
  length: number;
}

/** Observed and expected disagreement of one category, how many units went into them, and D_O's raw distance sum. */
export interface CategoryDisagreement {
  observed: number;
  expected: number;
  units: number;
  distanceSum: number;
}

/** α_U per category and overall (1 − mean D_O / mean D_E over the categories that have units). */
export interface UnitizingAlphaResult {
  overall: Score;
  /** Means over the categories that have at least one unit (NaN when there are none). */
  observed: number;
  expected: number;
  perCategory: Map<string, CategoryDisagreement & { alpha: Score }>;
}

/** A unit as DKPro's `addUnit(offset, length, raterIdx, category)` takes it. */
export interface UnitizingUnit {
  offset: number;
  length: number;
  rater: number;
  category: string;
}

/**
 * DKPro's distance between a section of rater 1 and one of rater 2 (a section is a unit or a gap):
 * two units that overlap → bd² + (bd + ld)²; a unit lying inside a gap of the other → its length²;
 * anything else → 0. `bd` = offset1 − offset2, `ld` = length1 − length2.
 */
export function unitizingDistance(
  offset1: number,
  length1: number,
  isUnit1: boolean,
  offset2: number,
  length2: number,
  isUnit2: boolean,
): number {
  const beginDiff = offset1 - offset2;
  const lengthDiff = length1 - length2;
  if (isUnit1 && isUnit2 && -length1 < beginDiff && beginDiff < length2) {
    return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
  }
  if (isUnit1 && !isUnit2 && -lengthDiff >= beginDiff && beginDiff >= 0) return length1 * length1;
  if (!isUnit1 && isUnit2 && -lengthDiff <= beginDiff && beginDiff <= 0) return length2 * length2;
  return 0;
}

/**
 * Σ over rater pairs of Σ over overlapping sections of the distance: D_O before its normalisation. It adds
 * up over documents laid end to end, because a unit's distance to the other rater's gap only asks whether
 * that rater has a unit overlapping it, which is decided inside the unit's document.
 */
export function categoryDistanceSum(continuum: UnitizingContinuum, raters: readonly IntervalList[]): number {
  let sum = 0;
  for (let r1 = 0; r1 < raters.length; r1++) {
    for (let r2 = r1 + 1; r2 < raters.length; r2++) sum += pairDistanceSum(continuum, raters[r1]!, raters[r2]!);
  }
  return sum;
}

/** D_O of one category: 2 / (R(R−1)L²) · Σ over rater pairs of Σ over overlapping sections of the distance. */
export function observedCategoryDisagreement(continuum: UnitizingContinuum, raters: readonly IntervalList[]): number {
  return observedFromDistanceSum(categoryDistanceSum(continuum, raters), raters.length, continuum.length);
}

function observedFromDistanceSum(sum: number, R: number, L: number): number {
  return (sum * 2) / (R * (R - 1) * (L * L));
}

/**
 * D_E of one category: (2/L) · Σ over units u of length l of [(N−1)(2l³−3l²+l)/3 + l² · Σ over gaps g ≥ l of (g−l+1)]
 * divided by R·L·(R·L−1) − Σ l(l−1); N counts the units of every rater, the gaps are every rater's.
 */
export function expectedCategoryDisagreement(continuum: UnitizingContinuum, raters: readonly IntervalList[]): number {
  const R = raters.length;
  const L = continuum.length;
  const gaps = sortedGapLengths(continuum, raters);
  // suffix[k] = sum of gaps[k..]; lets each unit find Σ (g − l + 1) over gaps g ≥ l in O(log G).
  const suffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + gaps[k]!;

  let unitCount = 0;
  let squaredLengths = 0;
  for (const units of raters) {
    unitCount += units.starts.length;
    for (let i = 0; i < units.starts.length; i++) {
      const l = units.ends[i]! - units.starts[i]!;
      squaredLengths += l * (l - 1);
    }
  }
  const total = new CompensatedSum();
  for (const units of raters) {
    for (let i = 0; i < units.starts.length; i++) {
      const l = units.ends[i]! - units.starts[i]!;
      // l(l−1)(2l−1) is six times a sum of squares, so the division by 3 is exact.
      const withinUnits = (unitCount - 1) * ((l * (l - 1) * (2 * l - 1)) / 3);
      const k = lowerBound(gaps, l);
      const fitting = gaps.length - k;
      const placements = suffix[k]! - (l - 1) * fitting;
      total.add(withinUnits + l * l * placements);
    }
  }
  return (total.value() * (2 / L)) / (R * L * (R * L - 1) - squaredLengths);
}

/**
 * α_U for every category of a study. `categories` maps a category to its units per rater (every rater
 * present, possibly with an empty list); each list sorted, without overlaps, inside the continuum.
 * `distanceSums` may give categories' `categoryDistanceSum` already summed over the documents.
 */
export function unitizingAlpha(
  continuum: UnitizingContinuum,
  categories: ReadonlyMap<string, readonly IntervalList[]>,
  distanceSums?: ReadonlyMap<string, number>,
): UnitizingAlphaResult {
  const perCategory = new Map<string, CategoryDisagreement & { alpha: Score }>();
  let observedSum = 0;
  let expectedSum = 0;
  let counted = 0;
  let raterCount = -1;
  for (const [category, raters] of categories) {
    if (raterCount === -1) raterCount = raters.length;
    if (raters.length !== raterCount) throw new Error('every category needs a unit list for every rater');
    raters.forEach((units) => assertUnitList(continuum, units, category));
    const units = raters.reduce((n, list) => n + list.starts.length, 0);
    const why = undefinedReason(continuum, raters.length, units);
    if (why !== null) {
      perCategory.set(category, { observed: NaN, expected: NaN, units, distanceSum: 0, alpha: nullScore(why) });
      continue;
    }
    const distanceSum = distanceSums?.get(category) ?? categoryDistanceSum(continuum, raters);
    const observed = observedFromDistanceSum(distanceSum, raters.length, continuum.length);
    const expected = expectedCategoryDisagreement(continuum, raters);
    perCategory.set(category, { observed, expected, units, distanceSum, alpha: oneMinusRatio(observed, expected) });
    observedSum += observed;
    expectedSum += expected;
    counted++;
  }
  if (counted === 0) {
    const why = raterCount === -1 ? 'no units' : (undefinedReason(continuum, raterCount, 0) ?? 'no units');
    return { overall: nullScore(why), observed: NaN, expected: NaN, perCategory };
  }
  const observed = observedSum / counted;
  const expected = expectedSum / counted;
  return { overall: oneMinusRatio(observed, expected), observed, expected, perCategory };
}

/** Groups DKPro-style units into the per-category, per-rater sorted lists `unitizingAlpha` takes. */
export function unitizingStudy(raterCount: number, units: readonly UnitizingUnit[]): Map<string, IntervalList[]> {
  const grouped = new Map<string, Array<Array<[number, number]>>>();
  for (const unit of units) {
    let raters = grouped.get(unit.category);
    if (!raters) grouped.set(unit.category, (raters = Array.from({ length: raterCount }, () => [])));
    raters[unit.rater]!.push([unit.offset, unit.offset + unit.length]);
  }
  const study = new Map<string, IntervalList[]>();
  for (const [category, raters] of grouped) {
    study.set(
      category,
      raters.map((ranges) => {
        ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        return { starts: Int32Array.from(ranges, (r) => r[0]), ends: Int32Array.from(ranges, (r) => r[1]) };
      }),
    );
  }
  return study;
}

function undefinedReason(continuum: UnitizingContinuum, raterCount: number, units: number): string | null {
  if (raterCount < 2) return 'needs at least two annotators';
  if (continuum.length <= 0) return 'the continuum is empty';
  if (units === 0) return 'no units';
  return null;
}

// DKPro's walk: at each position where a section of either rater starts, add the distance between the
// two current sections, then jump to the nearer section end. It stops once both raters have started
// their last unit: every later pair of sections is a gap against something, which has distance 0.
function pairDistanceSum(continuum: UnitizingContinuum, units1: IntervalList, units2: IntervalList): number {
  const end = continuum.begin + continuum.length;
  const n1 = units1.starts.length;
  const n2 = units2.starts.length;
  let next1 = 0;
  let next2 = 0;
  let offset1 = continuum.begin;
  let length1 = 0;
  let isUnit1 = false;
  let offset2 = continuum.begin;
  let length2 = 0;
  let isUnit2 = false;
  let pos = continuum.begin;
  let sum = 0;
  while (pos < end && (next1 < n1 || next2 < n2)) {
    if (pos === offset1 + length1) {
      if (next1 < n1 && pos === units1.starts[next1]) {
        length1 = units1.ends[next1]! - pos;
        isUnit1 = true;
        next1++;
      } else {
        length1 = (next1 < n1 ? units1.starts[next1]! : end) - pos;
        isUnit1 = false;
      }
      offset1 = pos;
    }
    if (pos === offset2 + length2) {
      if (next2 < n2 && pos === units2.starts[next2]) {
        length2 = units2.ends[next2]! - pos;
        isUnit2 = true;
        next2++;
      } else {
        length2 = (next2 < n2 ? units2.starts[next2]! : end) - pos;
        isUnit2 = false;
      }
      offset2 = pos;
    }
    sum += unitizingDistance(offset1, length1, isUnit1, offset2, length2, isUnit2);
    pos = Math.min(offset1 + length1, offset2 + length2);
  }
  return sum;
}

// Every rater's gaps (the stretches between its units, and before the first and after the last), ascending.
function sortedGapLengths(continuum: UnitizingContinuum, raters: readonly IntervalList[]): Float64Array {
  const end = continuum.begin + continuum.length;
  const gaps: number[] = [];
  for (const units of raters) {
    let pos = continuum.begin;
    for (let i = 0; i < units.starts.length; i++) {
      if (units.starts[i]! > pos) gaps.push(units.starts[i]! - pos);
      pos = units.ends[i]!;
    }
    if (end > pos) gaps.push(end - pos);
  }
  return Float64Array.from(gaps).sort();
}

// The walk above loops forever on overlapping or unsorted units, so they are refused up front.
function assertUnitList(continuum: UnitizingContinuum, units: IntervalList, category: string): void {
  let previousEnd = continuum.begin;
  for (let i = 0; i < units.starts.length; i++) {
    const start = units.starts[i]!;
    const end = units.ends[i]!;
    if (start < previousEnd || end <= start || end > continuum.begin + continuum.length) {
      throw new RangeError(
        `units of category "${category}" must be non-empty, sorted, without overlaps and inside the continuum; unit ${start}-${end} is not`,
      );
    }
    previousEnd = end;
  }
}

// Neumaier summation: the expected-disagreement numerator adds up terms near 1e13 over many units.
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const total = this.sum + term;
    if (Math.abs(this.sum) >= Math.abs(term)) this.compensation += this.sum - total + term;
    else this.compensation += term - total + this.sum;
    this.sum = total;
  }

  value(): number {
    return this.sum + this.compensation;
  }
}
