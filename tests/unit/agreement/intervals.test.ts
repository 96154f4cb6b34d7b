// The interval lists every measure runs on: sorting, de-duplication and the merge rule.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  distinctIntervals,
  type IntervalList,
  mergeOverlapping,
  orderByStart,
  sortedIntervals,
} from '../../../shared/agreement/intervals';

const pairs = (list: IntervalList) => Array.from(list.starts, (start, i) => [start, list.ends[i]!]);

describe('sortedIntervals', () => {
  test('sorts by start, then end, keeping duplicates', () => {
    const list = sortedIntervals([5, 1, 5, 1, 0], [9, 4, 6, 4, 2]);
    expect(pairs(list)).toEqual([
      [0, 2],
      [1, 4],
      [1, 4],
      [5, 6],
      [5, 9],
    ]);
  });

  test('agrees with a plain sort on any input, sorted or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(10)), { maxLength: 60 }), fc.boolean(), (raw, presort) => {
        const spans = raw.map(([s, l]) => [s, s + l] as [number, number]);
        if (presort) spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        const expected = [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(
          pairs(
            sortedIntervals(
              spans.map((s) => s[0]),
              spans.map((s) => s[1]),
            ),
          ),
        ).toEqual(expected);
      }),
    );
  });

  test('orderByStart breaks ties by index', () => {
    expect(Array.from(orderByStart([3, 1, 3, 0, 1]))).toEqual([3, 1, 4, 0, 2]);
  });
});

describe('the merge rule', () => {
  test('overlapping ranges merge, chains merge, touching ranges stay apart', () => {
    const list = sortedIntervals([0, 4, 8, 10, 20, 22], [5, 9, 10, 12, 30, 25]);
    expect(pairs(mergeOverlapping(list))).toEqual([
      [0, 10],
      [10, 12],
      [20, 30],
    ]);
  });

  test('identical ranges collapse into one for exact matching', () => {
    expect(pairs(distinctIntervals(sortedIntervals([3, 3, 3], [7, 7, 8])))).toEqual([
      [3, 7],
      [3, 8],
    ]);
  });
});
