// Span F1: the SemEval-2020 Task 11 partial-credit example, exact matching, and the scorer's edge cases.
import { describe, expect, test } from 'vitest';
import { sortedIntervals } from '../../../shared/agreement/intervals';
import { exactF1, exactMatchCount, overlapScores, semevalSpanScores } from '../../../shared/agreement/spanF1';

describe('SemEval-2020 Task 11 span identification example', () => {
  const submission: Array<[number, number]> = [
    [0, 50],
    [161, 172],
    [0, 10],
    [115, 167],
  ];
  const gold: Array<[number, number]> = [
    [0, 59],
    [171, 181],
    [0, 9],
    [115, 167],
    [740, 759],
  ];

  test('P = 1.929825/2 = 0.964912, R = 1.947458/4 = 0.486864, F1 = 0.647181', () => {
    const { precision, recall, f1 } = semevalSpanScores(submission, gold);
    expect(precision * 2).toBeCloseTo(1.929825, 6);
    expect(precision).toBeCloseTo(0.964912, 6);
    expect(recall * 4).toBeCloseTo(1.947458, 6);
    expect(recall).toBeCloseTo(0.486864, 6);
    expect(f1.value).toBeCloseTo(0.647181, 6);
  });

  test('F1 does not depend on which side is the submission', () => {
    expect(semevalSpanScores(gold, submission).f1.value).toBeCloseTo(semevalSpanScores(submission, gold).f1.value!, 12);
  });
});

describe('edge cases as in the scorer', () => {
  test('one side empty: P or R is 0, so F1 = 0', () => {
    expect(semevalSpanScores([[0, 5]], []).f1.value).toBe(0);
    expect(semevalSpanScores([], [[0, 5]]).f1.value).toBe(0);
  });

  test('no overlap at all: F1 = 0; touching spans do not overlap', () => {
    expect(semevalSpanScores([[0, 5]], [[5, 9]]).f1.value).toBe(0);
  });

  test('both sides empty: null (the scorer would say 1)', () => {
    expect(overlapScores({ precisionCredit: 0, recallCredit: 0, a: 0, b: 0 }).f1.value).toBeNull();
  });
});

describe('exact F1', () => {
  const list = (...spans: Array<[number, number]>) =>
    sortedIntervals(
      spans.map((s) => s[0]),
      spans.map((s) => s[1]),
    );

  test('2·matches / (|A| + |B|): one of two and one of three spans match → 0.4', () => {
    const a = list([0, 5], [10, 20]);
    const b = list([0, 5], [10, 19], [30, 40]);
    const matches = exactMatchCount(a, b);
    expect(matches).toBe(1);
    expect(exactF1({ matches, a: 2, b: 3 }).value).toBeCloseTo(0.4, 12);
  });

  test('identical lists give 1; neither side having spans gives null', () => {
    const a = list([3, 4], [0, 9]);
    expect(exactF1({ matches: exactMatchCount(a, a), a: 2, b: 2 }).value).toBe(1);
    expect(exactF1({ matches: 0, a: 0, b: 0 }).value).toBeNull();
  });
});
