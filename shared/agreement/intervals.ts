// Sorted lists of half-open ranges [start, end) of code points, kept in typed arrays so that
// hundreds of thousands of spans cost a few megabytes and every pairwise pass is a linear merge.

/** Half-open ranges `[starts[i], ends[i])`, sorted by start then end. */
export interface IntervalList {
  starts: Int32Array;
  ends: Int32Array;
}

/** Builds a sorted list from unsorted ranges (duplicates kept). */
export function sortedIntervals(starts: ArrayLike<number>, ends: ArrayLike<number>): IntervalList {
  // Projects hand spans over ordered by start and end already; then a copy is all it takes.
  if (isSorted(starts, ends)) return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  const order = orderByStart(starts);
  const sortedStarts = new Int32Array(order.length);
  const sortedEnds = new Int32Array(order.length);
  order.forEach((from, to) => {
    sortedStarts[to] = starts[from]!;
    sortedEnds[to] = ends[from]!;
  });
  // Ties on the start are rare and short: an insertion sort on the end settles them.
  for (let i = 1; i < order.length; i++) {
    const start = sortedStarts[i]!;
    const end = sortedEnds[i]!;
    let j = i - 1;
    while (j >= 0 && sortedStarts[j] === start && sortedEnds[j]! > end) {
      sortedEnds[j + 1] = sortedEnds[j]!;
      j--;
    }
    sortedEnds[j + 1] = end;
  }
  return { starts: sortedStarts, ends: sortedEnds };
}

function isSorted(starts: ArrayLike<number>, ends: ArrayLike<number>): boolean {
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! < starts[i - 1]! || (starts[i] === starts[i - 1] && ends[i]! < ends[i - 1]!)) return false;
  }
  return true;
}

const PACKED_INDEX_LIMIT = 2 ** 21;

/**
 * Indices of `positions` (integers in 0..2^31) in ascending order of position, ties in index order. Sorting
 * position·2^21 + index as doubles is several times faster than a comparator; past 2^21 items it falls back.
 */
export function orderByStart(positions: ArrayLike<number>): Int32Array {
  const n = positions.length;
  if (n >= PACKED_INDEX_LIMIT) {
    return Int32Array.from(
      Array.from({ length: n }, (_, i) => i).sort((x, y) => positions[x]! - positions[y]! || x - y),
    );
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = positions[i]! * PACKED_INDEX_LIMIT + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % PACKED_INDEX_LIMIT;
  return order;
}

/** The list without repeated identical ranges (exact matching compares spans as a set). */
export function distinctIntervals(list: IntervalList): IntervalList {
  const keep: number[] = [];
  for (let i = 0; i < list.starts.length; i++) {
    if (i === 0 || list.starts[i] !== list.starts[i - 1] || list.ends[i] !== list.ends[i - 1]) keep.push(i);
  }
  if (keep.length === list.starts.length) return list;
  return { starts: Int32Array.from(keep, (i) => list.starts[i]!), ends: Int32Array.from(keep, (i) => list.ends[i]!) };
}

/**
 * Unions ranges that share at least one position, as the SemEval-2020 Task 11 scorer does with its
 * character sets; ranges that only touch (`a.end === b.start`) stay apart, as DKPro allows.
 */
export function mergeOverlapping(list: IntervalList): IntervalList {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < list.starts.length; i++) {
    const start = list.starts[i]!;
    const end = list.ends[i]!;
    const last = ends.length - 1;
    if (last >= 0 && start < ends[last]!) {
      if (end > ends[last]!) ends[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  if (starts.length === list.starts.length) return list;
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The part of a sorted list whose ranges start in `[from, to)`, as a view without copying. */
export function intervalsStartingIn(list: IntervalList, from: number, to: number): IntervalList {
  const lo = lowerBound(list.starts, from);
  const hi = lowerBound(list.starts, to);
  return { starts: list.starts.subarray(lo, hi), ends: list.ends.subarray(lo, hi) };
}

/** First index whose value is ≥ `value` in an ascending array. */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
