// The character-level coding study. Items: the non-whitespace code points of the documents in scope.
// Per label, an annotator's value for an item is 1 if one of their spans with that label covers it, else 0;
// overall, it is the set of labels covering it ('' when none). κ and α only need counts of these values,
// and every count is a sum over ranges where the values are constant, so the study is computed from
// the annotators' span lists by linear merges, weighting each range by its non-whitespace code points.
import type { PairCodingCounts } from './cohenKappa';
import type { MultiRaterCodingCounts } from './fleissKappa';
import { type IntervalList, mergeOverlapping, orderByStart } from './intervals';
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
    const both = pairs.map(([a, b]) => sharedWeights(merged[a]![l]!, merged[b]![l]!, nonWhitespacePrefix).both);
    perLabel.push(binaryCounts(items, raters, marked, both, pairs));
  }

  const labelSets = new LabelSetIds();
  const pieces = merged.map((perLabel) => labelSetPieces(perLabel, labelSets));
  const overallMarked = pieces.map((own) => totalWeight(own, weigh));
  // perSet[a][k] = items annotator a gave label set k; set 0 is the empty set.
  const perSet = pieces.map((own, a) => {
    const counts = new Float64Array(labelSets.size);
    for (let i = 0; i < own.starts.length; i++)
      counts[own.ids[i]!] = counts[own.ids[i]!]! + weigh(own.starts[i]!, own.ends[i]!);
    counts[0] = items - overallMarked[a]!;
    return counts;
  });
  const agreements = pairs.map(([a, b]) => {
    const { both, sameSet } = sharedWeights(pieces[a]!, pieces[b]!, nonWhitespacePrefix);
    const neitherMarked = items - overallMarked[a]! - overallMarked[b]! + both;
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
    fleiss: {
      items,
      raters,
      sumSquaredCounts: 2 * sumC2 - 2 * raters * sumC + items * raters * raters,
      categoryTotals: totals,
    },
    krippendorff: {
      disagreeingPairs: raters < 2 ? 0 : (2 * (raters * sumC - sumC2)) / (raters - 1),
      valueTotals: totals,
    },
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
    pairs: pairs.map(([a, b], p) => ({
      items,
      agreements: agreements[p]!,
      marginalsA: perSet[a]!,
      marginalsB: perSet[b]!,
    })),
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

// Interns label sets as small integers shared by all annotators; 0 is the empty set. A set is keyed by its
// bit mask while the labels fit in 30 bits (the usual case), else by its sorted label indices.
class LabelSetIds {
  private readonly byMask = new Map<number, number>([[0, 0]]);
  private readonly byList = new Map<string, number>([['', 0]]);
  private count = 1;

  get size(): number {
    return this.count;
  }

  idOfMask(mask: number): number {
    let id = this.byMask.get(mask);
    if (id === undefined) this.byMask.set(mask, (id = this.count++));
    return id;
  }

  idOfList(labels: readonly number[]): number {
    const key = labels.join(',');
    let id = this.byList.get(key);
    if (id === undefined) this.byList.set(key, (id = this.count++));
    return id;
  }
}

const MASK_LABELS = 30;

function labelSetPieces(perLabel: readonly IntervalList[], labelSets: LabelSetIds): LabelSetPieces {
  const positions: number[] = [];
  const changes: number[] = []; // label index + 1 when it starts, −(label index + 1) when it ends
  perLabel.forEach((list, l) => {
    for (let i = 0; i < list.starts.length; i++) {
      positions.push(list.starts[i]!, list.ends[i]!);
      changes.push(l + 1, -(l + 1));
    }
  });
  const order = orderByStart(positions);
  const useMask = perLabel.length <= MASK_LABELS;
  const open = new Int32Array(perLabel.length); // how many ranges of each label cover the position
  let mask = 0;
  let openLabels = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
  for (let e = 0; e < order.length;) {
    const position = positions[order[e]!]!;
    for (; e < order.length && positions[order[e]!] === position; e++) {
      const change = changes[order[e]!]!;
      const label = Math.abs(change) - 1;
      const before = open[label]!;
      open[label] = before + Math.sign(change);
      if ((before === 0) !== (open[label] === 0)) {
        mask ^= useMask ? 1 << label : 0;
        openLabels += change > 0 ? 1 : -1;
      }
    }
    if (starts.length > ends.length) ends.push(position);
    if (openLabels > 0 && e < order.length) {
      starts.push(position);
      ids.push(useMask ? labelSets.idOfMask(mask) : labelSets.idOfList(openLabelList(open)));
    }
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), ids: Int32Array.from(ids) };
}

function openLabelList(open: Int32Array): number[] {
  const labels: number[] = [];
  open.forEach((count, label) => count > 0 && labels.push(label));
  return labels;
}

function totalWeight(list: IntervalList, weigh: (start: number, end: number) => number): number {
  let sum = 0;
  for (let i = 0; i < list.starts.length; i++) sum += weigh(list.starts[i]!, list.ends[i]!);
  return sum;
}

// Items covered by both lists (each sorted, without overlaps), and among them those where both give the
// same label set (when the lists carry set ids). One linear merge; this is the innermost loop of the study.
function sharedWeights(
  a: IntervalList & { ids?: Int32Array },
  b: IntervalList & { ids?: Int32Array },
  prefix: Int32Array,
): { both: number; sameSet: number } {
  const { starts: startsA, ends: endsA, ids: idsA } = a;
  const { starts: startsB, ends: endsB, ids: idsB } = b;
  let i = 0;
  let j = 0;
  let both = 0;
  let sameSet = 0;
  while (i < startsA.length && j < startsB.length) {
    const endA = endsA[i]!;
    const endB = endsB[j]!;
    const start = Math.max(startsA[i]!, startsB[j]!);
    const end = endA < endB ? endA : endB;
    if (start < end) {
      const weight = prefix[end]! - prefix[start]!;
      both += weight;
      if (idsA !== undefined && idsA[i] === idsB![j]) sameSet += weight;
    }
    if (endA < endB) i++;
    else j++;
  }
  return { both, sameSet };
}
