// Cohen's κ, Fleiss' κ and nominal Krippendorff's α against their published worked examples.
import { describe, expect, test } from 'vitest';
import { cohenKappa, cohenKappaFromCounts } from '../../../shared/agreement/cohenKappa';
import { fleissKappa } from '../../../shared/agreement/fleissKappa';
import {
  krippendorffAlphaFromCoincidences,
  krippendorffAlphaNominal,
  nominalCoincidences,
  nominalDisagreements,
} from '../../../shared/agreement/krippendorffAlpha';

describe("Krippendorff's α, nominal, with missing data (Krippendorff 2011, example C)", () => {
  const _ = null;
  const data = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];

  test('D_o = 0.2, D_e = 0.779487, α = 0.743421052632', () => {
    const { observed, expected } = nominalDisagreements(nominalCoincidences(data));
    expect(observed).toBeCloseTo(0.2, 6);
    expect(expected).toBeCloseTo(0.779487, 6);
    expect(krippendorffAlphaNominal(data).value).toBeCloseTo(0.743421052632, 9);
  });

  test('unit 12 has a single value and is not pairable: dropping it changes nothing', () => {
    const without12 = data.map((row) => row.slice(0, 11));
    expect(krippendorffAlphaNominal(without12).value).toBeCloseTo(0.743421052632, 12);
  });

  test('DKPro Krippendorff1995Test digitized example A: α = 0.329', () => {
    const bertha = '001111111100001111110000'.split('').map(Number);
    const bill = '000011110000000110000000'.split('').map(Number);
    expect(Math.abs(krippendorffAlphaNominal([bertha, bill]).value! - 0.329)).toBeLessThanOrEqual(0.001);
  });

  test('full agreement on a single value gives 1 (DKPro issue #35), no pairable values gives null', () => {
    expect(
      krippendorffAlphaNominal([
        ['A', 'A', 'A'],
        ['A', 'A', 'A'],
      ]).value,
    ).toBe(1);
    expect(
      krippendorffAlphaNominal([
        [1, null],
        [null, 2],
      ]),
    ).toEqual({ value: null, reason: 'no unit has two values to compare' });
    expect(krippendorffAlphaFromCoincidences({ disagreeingPairs: 0, valueTotals: [] }).value).toBeNull();
  });
});

describe("Cohen's κ (Wikipedia: 50 items, two raters)", () => {
  test('Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15 → p_o 0.7, p_e 0.5, κ = 0.4', () => {
    const counts = { items: 50, agreements: 35, marginalsA: [25, 25], marginalsB: [30, 20] };
    expect(counts.agreements / counts.items).toBeCloseTo(0.7, 12);
    expect((25 / 50) * (30 / 50) + (25 / 50) * (20 / 50)).toBeCloseTo(0.5, 12);
    expect(
      cohenKappa([
        [20, 5],
        [10, 15],
      ]).value,
    ).toBeCloseTo(0.4, 9);
    expect(cohenKappaFromCounts(counts).value).toBeCloseTo(0.4, 9);
  });

  test('DKPro Krippendorff1995Test digitized examples: κ = 0.385 and 0.314', () => {
    const table = (a: string, b: string) => {
      const t = [
        [0, 0],
        [0, 0],
      ];
      [...a].forEach((x, i) => t[Number(x)]![Number(b[i])]!++);
      return t;
    };
    const a = cohenKappa(table('001111111100001111110000', '000011110000000110000000')).value!;
    const c = cohenKappa(table('001111110011001111001100', '110011110011110011001100')).value!;
    expect(Math.abs(a - 0.385)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(c - 0.314)).toBeLessThanOrEqual(0.001);
  });

  test('both raters using one category throughout is perfect agreement: 1; no items: null', () => {
    expect(
      cohenKappa([
        [24, 0],
        [0, 0],
      ]).value,
    ).toBe(1);
    expect(
      cohenKappa([
        [0, 0],
        [0, 0],
      ]).value,
    ).toBeNull();
  });

  test('constant raters that disagree on every item: p_e = 0, κ = p_o = 0', () => {
    expect(
      cohenKappa([
        [0, 10],
        [0, 0],
      ]).value,
    ).toBe(0);
  });
});

describe("Fleiss' κ (Wikipedia: 10 subjects × 14 raters, 5 categories)", () => {
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  test('P̄ = 0.378022, P̄_e = 0.212755, κ = 0.209931', () => {
    const pBar = table.reduce((sum, row) => sum + (row.reduce((s, n) => s + n * n, 0) - 14) / (14 * 13), 0) / 10;
    const pE = [0, 1, 2, 3, 4].reduce((sum, k) => sum + (table.reduce((s, row) => s + row[k]!, 0) / 140) ** 2, 0);
    expect(pBar).toBeCloseTo(0.378022, 6);
    expect(pE).toBeCloseTo(0.212755, 6);
    expect(fleissKappa(table).value).toBeCloseTo(0.209931, 6);
  });

  test("two raters: Fleiss' κ equals Scott's π (DKPro digitized example A: 0.314)", () => {
    const a = '001111111100001111110000';
    const b = '000011110000000110000000';
    const rows = [...a].map((x, i) => {
      const row = [0, 0];
      row[Number(x)]!++;
      row[Number(b[i])]!++;
      return row;
    });
    expect(Math.abs(fleissKappa(rows).value! - 0.314)).toBeLessThanOrEqual(0.001);
  });

  test('all raters in one category is perfect agreement: 1; rows with different rater counts are refused', () => {
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]).value,
    ).toBe(1);
    expect(() =>
      fleissKappa([
        [3, 0],
        [2, 0],
      ]),
    ).toThrow(/not coded by all 3 raters/u);
  });
});
