// Which header controls leave the row for the More panel: a pure function of measured widths, so the
// rule can be tested without a browser.

/** What the row has to fit: each control's width, the More button's, the gap between boxes. */
export interface RowMeasure {
  widthOf: (key: string) => number;
  moreWidth: number;
  gap: number;
  available: number;
}

/**
 * The keys that move into the More panel, taken in `order` until the remaining controls (and the
 * More button, once anything has moved) fit in `available` pixels.
 */
export function overflowingKeys(keys: readonly string[], order: readonly string[], row: RowMeasure): string[] {
  const shown = [...keys];
  const moved: string[] = [];
  const needed = () => {
    const boxes = shown.length + (moved.length > 0 ? 1 : 0);
    const widths = shown.reduce((sum, key) => sum + row.widthOf(key), 0) + (moved.length > 0 ? row.moreWidth : 0);
    return widths + row.gap * Math.max(0, boxes - 1);
  };
  for (const key of order) {
    // Half a pixel of slack: measured widths are fractional.
    if (needed() <= row.available + 0.5) break;
    const index = shown.indexOf(key);
    if (index < 0) continue;
    shown.splice(index, 1);
    moved.push(key);
  }
  return moved;
}
