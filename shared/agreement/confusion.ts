// Which labels two annotators gave to the same stretch of text: every pair of overlapping spans (sharing
// at least one code point) counts once in the cell of their two labels; spans that overlap nothing on
// the other side count in the "none" row or column.
import type { IntervalList } from './intervals';
import type { ConfusionMatrix } from './types';

/** The confusion matrix of annotators a and b from their spans per label (`a[l]`, `b[l]`: sorted, on the continuum). */
export function confusionMatrix(
  names: { a: string; b: string },
  labels: readonly string[],
  a: readonly IntervalList[],
  b: readonly IntervalList[],
): ConfusionMatrix {
  const none = labels.length;
  const counts = Array.from({ length: none + 1 }, () => new Array<number>(none + 1).fill(0));
  const spansA = byStart(a);
  const spansB = byStart(b);
  const overlappedA = new Uint8Array(spansA.starts.length);
  const overlappedB = new Uint8Array(spansB.starts.length);
  let activeA: number[] = [];
  let activeB: number[] = [];
  let i = 0;
  let j = 0;
  // Each overlapping pair is found once, when the later of its two spans starts and the earlier is still open.
  while (i < spansA.starts.length || j < spansB.starts.length) {
    if (j >= spansB.starts.length || (i < spansA.starts.length && spansA.starts[i]! <= spansB.starts[j]!)) {
      const start = spansA.starts[i]!;
      activeB = activeB.filter((k) => spansB.ends[k]! > start);
      for (const k of activeB) {
        counts[spansA.labels[i]!]![spansB.labels[k]!]!++;
        overlappedA[i] = 1;
        overlappedB[k] = 1;
      }
      activeA.push(i++);
    } else {
      const start = spansB.starts[j]!;
      activeA = activeA.filter((k) => spansA.ends[k]! > start);
      for (const k of activeA) {
        counts[spansA.labels[k]!]![spansB.labels[j]!]!++;
        overlappedA[k] = 1;
        overlappedB[j] = 1;
      }
      activeB.push(j++);
    }
  }
  overlappedA.forEach((hit, k) => hit === 0 && counts[spansA.labels[k]!]![none]!++);
  overlappedB.forEach((hit, k) => hit === 0 && counts[none]![spansB.labels[k]!]!++);
  return { a: names.a, b: names.b, labels: [...labels], counts };
}

function byStart(perLabel: readonly IntervalList[]): { starts: Int32Array; ends: Int32Array; labels: Int32Array } {
  const total = perLabel.reduce((n, list) => n + list.starts.length, 0);
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const labels = new Int32Array(total);
  let k = 0;
  perLabel.forEach((list, l) => {
    for (let i = 0; i < list.starts.length; i++, k++) {
      starts[k] = list.starts[i]!;
      ends[k] = list.ends[i]!;
      labels[k] = l;
    }
  });
  const order = Array.from({ length: total }, (_, x) => x).sort((x, y) => starts[x]! - starts[y]!);
  return {
    starts: Int32Array.from(order, (x) => starts[x]!),
    ends: Int32Array.from(order, (x) => ends[x]!),
    labels: Int32Array.from(order, (x) => labels[x]!),
  };
}
