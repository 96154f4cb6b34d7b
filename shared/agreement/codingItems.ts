// The character-level coding study. Items: the non-whitespace code points of the documents in scope.
// Per label, an annotator's value for an item is 1 if one of their spans with that label covers it, else 0;
// overall, it is the set of labels covering it ('' when none). κ and α only need counts of these values,
// and every count is a sum over ranges where the values are constant, so the study is computed from
// the annotators' span lists by linear merges, weighting each range by its non-whitespace code points.
import type { PairCodingCounts } from './cohenKappa';
import type { MultiRaterCodingCounts } from './fleissKappa';
import { type IntervalList, mergeOverlapping } from './intervals';
import type { NominalCoincidences } from './krippendorffAlpha';
import { annotatorPairs } from './pairs';

/** The counts κ and α need for one label (or for the label sets overall). */
export interface CodingCounts {
  /** Cohen's κ inputs per annotator pair, in `annotatorPairs` order. */
  pairs: PairCodingCounts[];
  fleiss: MultiRaterCodingCounts;
  krippendorff: NominalCoincidences;
  /** Items each annotator marked (value 1, or a non-empty label set). */
  marked: number[];
}

/** The character-level study: its item count, per-label counts and overall (label-set) counts. */
export interface CodingStudy {
  items: number;
  perLabel: CodingCounts[];
  overall: CodingCounts;
}

/**
 * Builds the coding study from `spans[annotator][label]` (sorted, on the continuum) and the continuum's
 * non-whitespace prefix counts.
 */
export function codingStudy(spans: readonly (readonly IntervalList[])[], nonWhitespacePrefix: Int32Array): CodingStudy {
  const items = nonWhitespacePrefix[nonWhitespacePrefix.length - 1] ?? 0;
  const raters = spans.length;
  const labelCount = spans[0]?.length ?? 0;
  const pairs = annotatorPairs(raters);
  const weigh = (start: number, end: number) => nonWhitespacePrefix[end]! - nonWhitespacePrefix[start]!;
  const merged = spans.map((perLabel) => perLabel.map(mergeOverlapping));

  const perLabel: CodingCounts[] = [];
  for (let l = 0; l < labelCount; l++) {
    const marked = merged.map((perLabel) => totalWeight(perLabel[l]!, weigh));
    const both = pairs.map(([a, b]) => intersectionWeight(merged[a]![l]!, merged[b]![l]!, weigh, null, null));
    perLabel.push(binaryCounts(items, raters, marked, both, pairs));
  }

  const labelSets = new LabelSetIds();
  const pieces = merged.map((perLabel) => labelSetPieces(perLabel, labelSets));
  const overallMarked = pieces.map((own) => totalWeight(own, weigh));
  // perSet[a][k] = items annotator a gave label set k; set 0 is the empty set.
  const perSet = pieces.map((own, a) => {
    const counts = new Float64Array(labelSets.size);
    for (let i = 0; i < own.starts.length; i++) counts[own.ids[i]!] = counts[own.ids[i]!]! + weigh(own.starts[i]!, own.ends[i]!);
    counts[0] = items - overallMarked[a]!;
    return counts;
  });
  const agreements = pairs.map(([a, b]) => {
    const overlap = intersectionWeight(pieces[a]!, pieces[b]!, weigh, null, null);
    const sameSet = intersectionWeight(pieces[a]!, pieces[b]!, weigh, pieces[a]!.ids, pieces[b]!.ids);
    const neitherMarked = items - overallMarked[a]! - overallMarked[b]! + overlap;
    return sameSet + neitherMarked;
  });
  return { items, perLabel, overall: nominalCounts(items, raters, perSet, agreements, overallMarked, pairs) };
}

// Binary values: with c_i annotators marking item i, Σ_i c_i = Σ_a marked_a and
// Σ_i c_i² = Σ_a marked_a + 2 Σ_{a<b} both_ab — all that Fleiss' κ and α need.
function binaryCounts(
  items: number,
  raters: number,
  marked: number[],
  both: number[],
  pairs: Array<[number, number]>,
): CodingCounts {
  const sumC = marked.reduce((s, n) => s + n, 0);
  const sumC2 = sumC + 2 * both.reduce((s, n) => s + n, 0);
  const totals = [items * raters - sumC, sumC];
  return {
    pairs: pairs.map(([a, b], p) => ({
      items,
      agreements: items - marked[a]! - marked[b]! + 2 * both[p]!,
      marginalsA: [items - marked[a]!, marked[a]!],
      marginalsB: [items - marked[b]!, marked[b]!],
    })),
    fleiss: { items, raters, sumSquaredCounts: 2 * sumC2 - 2 * raters * sumC + items * raters * raters, categoryTotals: totals },
    krippendorff: { disagreeingPairs: raters < 2 ? 0 : (2 * (raters * sumC - sumC2)) / (raters - 1), valueTotals: totals },
    marked,
  };
}

// Nominal values (label sets): Σ_i Σ_k n_ik² = N·R + 2 Σ_{a<b} agreements_ab.
function nominalCounts(
  items: number,
  raters: number,
  perSet: Float64Array[],
  agreements: number[],
  marked: number[],
  pairs: Array<[number, number]>,
): CodingCounts {
  const sumSquaredCounts = items * raters + 2 * agreements.reduce((s, n) => s + n, 0);
  const totals = new Float64Array(perSet[0]?.length ?? 1);
  perSet.forEach((counts) => counts.forEach((n, k) => (totals[k] = totals[k]! + n)));
  return {
    pairs: pairs.map(([a, b], p) => ({ items, agreements: agreements[p]!, marginalsA: perSet[a]!, marginalsB: perSet[b]! })),
    fleiss: { items, raters, sumSquaredCounts, categoryTotals: totals },
    krippendorff: {
      disagreeingPairs: raters < 2 ? 0 : (items * raters * raters - sumSquaredCounts) / (raters - 1),
      valueTotals: totals,
    },
    marked,
  };
}

/** Ranges of one annotator where the set of labels covering them is constant and non-empty. */
interface LabelSetPieces extends IntervalList {
  ids: Int32Array;
}

// Interns label sets (sorted label indices) as small integers shared by all annotators; 0 is the empty set.
class LabelSetIds {
  private readonly ids = new Map<string, number>([['', 0]]);

  get size(): number {
    return this.ids.size;
  }

  idOf(labels: readonly number[]): number {
    const key = labels.join(',');
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}

function labelSetPieces(perLabel: readonly IntervalList[], labelSets: LabelSetIds): LabelSetPieces {
  const positions: number[] = [];
  const changes: number[] = []; // label index + 1 when it starts, −(label index + 1) when it ends
  perLabel.forEach((list, l) => {
    for (let i = 0; i < list.starts.length; i++) {
      positions.push(list.starts[i]!, list.ends[i]!);
      changes.push(l + 1, -(l + 1));
    }
  });
  const order = Array.from({ length: positions.length }, (_, i) => i).sort((x, y) => positions[x]! - positions[y]!);
  const active: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
  for (let e = 0; e < order.length; ) {
    const position = positions[order[e]!]!;
    for (; e < order.length && positions[order[e]!] === position; e++) {
      const change = changes[order[e]!]!;
      if (change > 0) active.splice(sortedInsertionPoint(active, change - 1), 0, change - 1);
      else active.splice(active.indexOf(-change - 1), 1);
    }
    if (starts.length > ends.length) ends.push(position);
    if (active.length > 0 && e < order.length) {
      starts.push(position);
      ids.push(labelSets.idOf(active));
    }
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), ids: Int32Array.from(ids) };
}

function sortedInsertionPoint(values: readonly number[], value: number): number {
  let i = 0;
  while (i < values.length && values[i]! < value) i++;
  return i;
}

function totalWeight(list: IntervalList, weigh: (start: number, end: number) => number): number {
  let sum = 0;
  for (let i = 0; i < list.starts.length; i++) sum += weigh(list.starts[i]!, list.ends[i]!);
  return sum;
}

// Weight of the positions covered by both lists (each sorted, without overlaps); with ids, only where they match.
function intersectionWeight(
  a: IntervalList,
  b: IntervalList,
  weigh: (start: number, end: number) => number,
  idsA: Int32Array | null,
  idsB: Int32Array | null,
): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.starts.length && j < b.starts.length) {
    const start = Math.max(a.starts[i]!, b.starts[j]!);
    const end = Math.min(a.ends[i]!, b.ends[j]!);
    if (start < end && (idsA === null || idsA[i] === idsB![j])) sum += weigh(start, end);
    if (a.ends[i]! < b.ends[j]!) i++;
    else j++;
  }
  return sum;
}
