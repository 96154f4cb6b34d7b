// Which labels two annotators gave to the same stretch of text: every pair of overlapping spans (sharing
// at least one code point) counts once in the cell of their two labels; spans that overlap nothing on
// the other side count in the "none" row or column.
import { type IntervalList, orderByStart } from './intervals';
import type { ConfusionMatrix } from './types';

/** One annotator's spans of every label in one list, sorted by start. */
export interface LabelledSpans {
  starts: Int32Array;
  ends: Int32Array;
  labels: Int32Array;
}

/** Puts an annotator's per-label lists (`perLabel[l]`, on the continuum) into one list sorted by start. */
export function labelledSpans(perLabel: readonly IntervalList[]): LabelledSpans {
  const total = perLabel.reduce((n, list) => n + list.starts.length, 0);
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const labels = new Int32Array(total);
  let k = 0;
  perLabel.forEach((list, l) => {
    starts.set(list.starts, k);
    ends.set(list.ends, k);
    labels.fill(l, k, k + list.starts.length);
    k += list.starts.length;
  });
  const order = orderByStart(starts);
  return {
    starts: order.map((x) => starts[x]!),
    ends: order.map((x) => ends[x]!),
    labels: order.map((x) => labels[x]!),
  };
}

/** The confusion matrix of annotators a and b from their labelled spans. */
export function confusionMatrix(
  names: { a: string; b: string },
  labels: readonly string[],
  a: LabelledSpans,
  b: LabelledSpans,
): ConfusionMatrix {
  const none = labels.length;
  const counts = Array.from({ length: none + 1 }, () => new Array<number>(none + 1).fill(0));
  const { starts: startsA, ends: endsA, labels: labelsA } = a;
  const { starts: startsB, ends: endsB, labels: labelsB } = b;
  const overlappedA = new Uint8Array(startsA.length);
  const overlappedB = new Uint8Array(startsB.length);
  // Spans of each side that may still overlap what starts next, compacted in place as they close.
  const openA = new OpenSpans(startsA.length);
  const openB = new OpenSpans(startsB.length);
  let i = 0;
  let j = 0;
  // Each overlapping pair is found once, when the later of its two spans starts and the earlier is still open.
  while (i < startsA.length || j < startsB.length) {
    if (j >= startsB.length || (i < startsA.length && startsA[i]! <= startsB[j]!)) {
      openB.closeBefore(startsA[i]!, endsB);
      const row = counts[labelsA[i]!]!;
      for (let o = 0; o < openB.size; o++) {
        const k = openB.indices[o]!;
        row[labelsB[k]!]!++;
        overlappedA[i] = 1;
        overlappedB[k] = 1;
      }
      openA.add(i++);
    } else {
      openA.closeBefore(startsB[j]!, endsA);
      const column = labelsB[j]!;
      for (let o = 0; o < openA.size; o++) {
        const k = openA.indices[o]!;
        counts[labelsA[k]!]![column]!++;
        overlappedA[k] = 1;
        overlappedB[j] = 1;
      }
      openB.add(j++);
    }
  }
  for (let k = 0; k < startsA.length; k++) if (overlappedA[k] === 0) counts[labelsA[k]!]![none]!++;
  for (let k = 0; k < startsB.length; k++) if (overlappedB[k] === 0) counts[none]![labelsB[k]!]!++;
  return { a: names.a, b: names.b, labels: [...labels], counts };
}

class OpenSpans {
  readonly indices: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.indices = new Int32Array(capacity);
  }

  add(index: number): void {
    this.indices[this.size++] = index;
  }

  closeBefore(position: number, ends: Int32Array): void {
    let kept = 0;
    for (let o = 0; o < this.size; o++) {
      const index = this.indices[o]!;
      if (ends[index]! > position) this.indices[kept++] = index;
    }
    this.size = kept;
  }
}
