import { describe, expect, it } from 'vitest';
import { overflowingKeys } from '../../../renderer/header/overflowingKeys';

const KEYS = ['open', 'data', 'toggle', 'settings', 'annotator'];
const ORDER = ['open', 'data', 'settings', 'toggle', 'annotator'];
const WIDTHS: Record<string, number> = { open: 100, data: 60, toggle: 180, settings: 90, annotator: 160 };
const row = (available: number) => ({ widthOf: (key: string) => WIDTHS[key] ?? 0, moreWidth: 70, gap: 10, available });

describe('overflowingKeys', () => {
  it('moves nothing when every control fits, gaps included', () => {
    // 590 of widths and four gaps of 10.
    expect(overflowingKeys(KEYS, ORDER, row(630))).toEqual([]);
  });

  it('moves controls in the given order and counts the More button once anything moved', () => {
    // One pixel short: dropping "open" (100 + gap) alone would fit 629, but More (70 + gap) needs room too.
    expect(overflowingKeys(KEYS, ORDER, row(629))).toEqual(['open']);
    // Without open: 490 + 3 gaps + More 70 + gap = 600.
    expect(overflowingKeys(KEYS, ORDER, row(599))).toEqual(['open', 'data']);
  });

  it('moves everything in the order when even the last control does not fit', () => {
    expect(overflowingKeys(KEYS, ORDER, row(50))).toEqual(ORDER);
  });

  it('skips keys of the order that are not in the row', () => {
    expect(overflowingKeys(['toggle', 'annotator'], ORDER, row(300))).toEqual(['toggle']);
  });
});
