// α_U against the worked cases of agreement-cases.md and DKPro Agreement's own unit tests.
import { describe, expect, test } from 'vitest';
import {
  expectedCategoryDisagreement,
  observedCategoryDisagreement,
  unitizingAlpha,
  unitizingDistance,
  unitizingStudy,
  type UnitizingUnit,
} from '../../../shared/agreement/unitizingAlpha';

const TOLERANCE = 1e-6;

function units(...rows: Array<[number, number, number, string]>): UnitizingUnit[] {
  return rows.map(([offset, length, rater, category]) => ({ offset, length, rater, category }));
}

describe('the distance between two sections', () => {
  // (o1, l1, c1, o2, l2, c2) → distance; null stands for a gap.
  const cases: Array<[number, number, string | null, number, number, string | null, number]> = [
    [5, 6, 'X', 4, 2, 'X', 26],
    [5, 6, 'X', 5, 2, 'X', 16],
    [5, 6, 'X', 6, 2, 'X', 10],
    [5, 6, 'X', 7, 2, 'X', 8],
    [5, 6, 'X', 6, 4, 'X', 2],
    [5, 6, 'X', 5, 6, 'X', 0],
    [1, 8, 'A', 2, 1, 'A', 37],
    [1, 8, 'A', 4, 1, 'A', 25],
    [1, 8, 'A', 6, 1, 'A', 29],
    [1, 8, 'A', 0, 2, null, 0],
    // DKPro's Krippendorff2004Test and UnitizingAgreementTest
    [225, 70, 'c', 220, 80, 'c', 50],
    [370, 30, 'c', 355, 20, 'c', 850],
    [400, 50, null, 400, 20, 'c', 400],
    [1, 8, 'A', 3, 1, null, 0],
    [1, 8, 'A', 7, 4, null, 0],
    [9, 2, null, 7, 4, null, 0],
    [0, 1, null, 0, 2, null, 0],
  ];
  test.each(cases)('(%i,%i,%s) vs (%i,%i,%s) = %i', (o1, l1, c1, o2, l2, c2, expected) => {
    expect(unitizingDistance(o1, l1, c1 !== null, o2, l2, c2 !== null)).toBe(expected);
  });

  test("a unit inside the other rater's gap costs its squared length, from either side", () => {
    expect(unitizingDistance(2, 3, false, 2, 2, true) + unitizingDistance(5, 6, true, 4, 7, false)).toBe(40);
    expect(unitizingDistance(3, 2, false, 3, 2, true) + unitizingDistance(5, 6, true, 5, 6, false)).toBe(40);
  });
});

describe('α_U of the worked example (2 raters, continuum of 10)', () => {
  const study = unitizingStudy(2, units([1, 8, 0, 'A'], [2, 1, 1, 'A'], [4, 1, 1, 'A'], [6, 1, 1, 'A']));
  const continuum = { begin: 0, length: 10 };

  test('D_O = 0.91, D_E = 0.535185, α_U = −0.700346', () => {
    const raters = study.get('A')!;
    expect(observedCategoryDisagreement(continuum, raters)).toBeCloseTo(0.91, 9);
    expect(expectedCategoryDisagreement(continuum, raters)).toBeCloseTo(0.535185, 6);
    const result = unitizingAlpha(continuum, study);
    expect(result.perCategory.get('A')!.alpha.value).toBeCloseTo(-0.700346, 6);
    // One category: the overall value is that category's.
    expect(result.overall.value).toBeCloseTo(-0.700346, 6);
  });
});

describe('Krippendorff (2004: 254) example as in DKPro (continuum 150..450)', () => {
  const study = unitizingStudy(
    2,
    units(
      [225, 70, 0, 'c'],
      [370, 30, 0, 'c'],
      [220, 80, 1, 'c'],
      [355, 20, 1, 'c'],
      [400, 20, 1, 'c'],
      [180, 60, 0, 'k'],
      [300, 50, 0, 'k'],
      [180, 60, 1, 'k'],
      [300, 50, 1, 'k'],
    ),
  );
  const result = unitizingAlpha({ begin: 150, length: 300 }, study);

  test('category c: D_O 0.0144, D_E 0.0532, α_U 0.7286', () => {
    const c = result.perCategory.get('c')!;
    near(c.observed, 0.0144, 1e-4);
    near(c.expected, 0.0532, 1e-4);
    near(c.alpha.value, 0.7286, 1e-4);
  });

  test('category k, identical units: D_O 0, α_U 1', () => {
    const k = result.perCategory.get('k')!;
    expect(k.observed).toBe(0);
    expect(k.expected).toBeCloseTo(0.049, 3);
    expect(k.alpha.value).toBe(1);
  });

  test('overall = 1 − mean D_O / mean D_E ≈ 0.8591 (DKPro asserts ±0.0005)', () => {
    const c = result.perCategory.get('c')!;
    const k = result.perCategory.get('k')!;
    const expected = 1 - (c.observed + k.observed) / 2 / ((c.expected + k.expected) / 2);
    expect(result.overall.value).toBeCloseTo(expected, 12);
    expect(Math.abs(result.overall.value! - 0.8591)).toBeLessThan(0.0005);
  });
});

describe('Krippendorff (1995: 57) example as in DKPro', () => {
  function example(stretch: number) {
    const s = (n: number) => Math.trunc(n * stretch);
    const rows: Array<[number, number, number, string]> = [
      [2, 8, 0, 'A'],
      [14, 6, 0, 'A'],
      [4, 4, 1, 'A'],
      [15, 2, 1, 'A'],
      [0, 18, 0, 'B'],
      [0, 2, 1, 'B'],
      [2, 1, 1, 'B'],
      [3, 1, 1, 'B'],
      [4, 1, 1, 'B'],
      [5, 1, 1, 'B'],
      [6, 3, 1, 'B'],
      [9, 1, 1, 'B'],
      [2, 6, 0, 'C'],
      [10, 2, 0, 'C'],
      [14, 4, 0, 'C'],
      [20, 2, 0, 'C'],
      [0, 2, 1, 'C'],
      [4, 4, 1, 'C'],
      [10, 4, 1, 'C'],
      [16, 2, 1, 'C'],
      [20, 2, 1, 'C'],
      [0, 2, 0, 'D'],
      [2, 8, 0, 'D'],
      [10, 4, 0, 'D'],
      [14, 6, 0, 'D'],
      [20, 4, 0, 'D'],
      [0, 4, 1, 'D'],
      [4, 4, 1, 'D'],
      [8, 7, 1, 'D'],
      [15, 2, 1, 'D'],
      [17, 7, 1, 'D'],
    ];
    return unitizingAlpha(
      { begin: 0, length: s(24) },
      // Halving truncates some B units to length 0; they cover nothing and are left out (categories are independent).
      unitizingStudy(
        2,
        units(
          ...rows.map(([o, l, r, c]): [number, number, number, string] => [s(o), s(l), r, c]).filter(([, l]) => l > 0),
        ),
      ),
    );
  }

  test('observed disagreements at stretch 1 (touching units stay apart)', () => {
    const result = example(1);
    near(result.perCategory.get('A')!.observed, 0.03125, 1e-5);
    near(result.perCategory.get('B')!.observed, 2.26736, 1e-5);
    near(result.perCategory.get('C')!.observed, 0.02777, 1e-5);
    near(result.perCategory.get('D')!.observed, 0.38715, 1e-5);
  });

  test('category C at stretch 0.5: D_O 0.02777, D_E 0.05494', () => {
    const c = example(0.5).perCategory.get('C')!;
    near(c.observed, 0.02777, 1e-5);
    near(c.expected, 0.05494, 1e-5);
  });

  test('stretched by 50 000, the values approach the published ones', () => {
    const result = example(50_000);
    const published: Record<string, [number, number]> = {
      A: [0.0699, 0.553],
      B: [1.17731, -0.926],
      C: [0.08642, 0.679],
      D: [0.41445, 0.066],
    };
    for (const [category, [expected, alpha]] of Object.entries(published)) {
      const values = result.perCategory.get(category)!;
      expect(Math.abs(values.expected - expected)).toBeLessThan(0.005);
      expect(Math.abs(values.alpha.value! - alpha)).toBeLessThan(0.02);
    }
  });
});

describe('degenerate cases follow DKPro', () => {
  test('a single unit of one rater among three gives D_O = D_E, hence 0', () => {
    const result = unitizingAlpha({ begin: 0, length: 20 }, unitizingStudy(3, units([0, 1, 0, 'X'])));
    const x = result.perCategory.get('X')!;
    expect(x.observed).toBeCloseTo(x.expected, 15);
    expect(result.overall.value).toBeCloseTo(0, TOLERANCE);
  });

  test('no units at all is undefined (DKPro: NaN), reported as null with a reason', () => {
    const result = unitizingAlpha({ begin: 0, length: 20 }, new Map());
    expect(result.overall).toEqual({ value: null, reason: 'no units' });
    const withEmptyCategory = unitizingAlpha({ begin: 0, length: 20 }, new Map([['X', [emptyList(), emptyList()]]]));
    expect(withEmptyCategory.perCategory.get('X')!.alpha.value).toBeNull();
    expect(withEmptyCategory.overall.value).toBeNull();
  });

  test('a category without units does not enter the overall mean', () => {
    const study = unitizingStudy(2, units([1, 8, 0, 'A'], [2, 1, 1, 'A'], [4, 1, 1, 'A'], [6, 1, 1, 'A']));
    study.set('unused', [emptyList(), emptyList()]);
    expect(unitizingAlpha({ begin: 0, length: 10 }, study).overall.value).toBeCloseTo(-0.700346, 6);
  });

  test('one rater cannot disagree: null', () => {
    const result = unitizingAlpha({ begin: 0, length: 10 }, unitizingStudy(1, units([0, 3, 0, 'A'])));
    expect(result.overall.value).toBeNull();
    expect(result.perCategory.get('A')!.alpha.reason).toBe('needs at least two annotators');
  });

  test("perfect agreement where even the expected disagreement is 0 gives 1, not DKPro's 0", () => {
    // Two raters marking the whole one-character continuum: D_O = D_E = 0.
    const result = unitizingAlpha({ begin: 0, length: 1 }, unitizingStudy(2, units([0, 1, 0, 'A'], [0, 1, 1, 'A'])));
    expect(result.perCategory.get('A')!.expected).toBe(0);
    expect(result.overall.value).toBe(1);
  });

  test('overlapping units of one rater are refused (they must be merged first)', () => {
    expect(() =>
      unitizingAlpha({ begin: 0, length: 10 }, unitizingStudy(2, units([0, 5, 0, 'A'], [3, 4, 0, 'A']))),
    ).toThrow(/without overlaps/u);
  });
});

// DKPro's tests assert |actual − expected| ≤ tolerance with these tolerances.
function near(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance);
}

function emptyList() {
  return { starts: new Int32Array(0), ends: new Int32Array(0) };
}
