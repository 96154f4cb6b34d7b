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
  const overlappedA = new Uint8Array(a.starts.length);
  const overlappedB = new Uint8Array(b.starts.length);
  // Spans of each side that may still overlap what starts next, compacted in place as they close.
  const openA = new OpenSpans(a.starts.length);
  const openB = new OpenSpans(b.starts.length);
  let i = 0;
  let j = 0;
  // Each overlapping pair is found once, when the later of its two spans starts and the earlier is still open.
  while (i < a.starts.length || j < b.starts.length) {
    if (j >= b.starts.length || (i < a.starts.length && a.starts[i]! <= b.starts[j]!)) {
      openB.closeBefore(a.starts[i]!, b.ends);
      const row = counts[a.labels[i]!]!;
      for (let o = 0; o < openB.size; o++) {
        const k = openB.indices[o]!;
        row[b.labels[k]!]!++;
        overlappedA[i] = 1;
        overlappedB[k] = 1;
      }
      openA.add(i++);
    } else {
      openA.closeBefore(b.starts[j]!, a.ends);
      const column = b.labels[j]!;
      for (let o = 0; o < openA.size; o++) {
        const k = openA.indices[o]!;
        counts[a.labels[k]!]![column]!++;
        overlappedA[k] = 1;
        overlappedB[j] = 1;
      }
      openB.add(j++);
    }
  }
  overlappedA.forEach((hit, k) => hit === 0 && counts[a.labels[k]!]![none]!++);
  overlappedB.forEach((hit, k) => hit === 0 && counts[none]![b.labels[k]!]!++);
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
