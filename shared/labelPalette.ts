// Colours for labels an import adds to the scheme. They come from palettes that people with the
// common colour-vision deficiencies can tell apart: Okabe & Ito's (black left out, since text is
// read on the tint) and Paul Tol's "muted". Each new label takes the first palette colour that is
// clearly unlike every colour the scheme already uses (the bright Okabe-Ito ones first, as the
// darker Tol ones make text on the tint harder to read), so `Claim` never arrives as a second grey.

/** The colour-blind-safe colours new labels are drawn from, in order of preference. */
export const NEW_LABEL_PALETTE = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
] as const;

// Below this "redmean" distance two label tints read as the same colour at a glance
// (Okabe-Ito's sky blue against the default scheme's opinion cyan is about 50).
const CLEARLY_DIFFERENT = 100;

/** The first palette colour clearly unlike each of `used` (#rrggbb); when none is, the least like them. */
export function nextLabelColor(used: Iterable<string>): string {
  const taken = [...used].map(rgb).filter((color): color is [number, number, number] => color !== null);
  let best: string = NEW_LABEL_PALETTE[0];
  let bestDistance = -1;
  for (const candidate of NEW_LABEL_PALETTE) {
    const own = rgb(candidate)!;
    const distance = taken.length === 0 ? Infinity : Math.min(...taken.map((other) => distanceBetween(own, other)));
    if (distance >= CLEARLY_DIFFERENT) return candidate;
    if (distance > bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function rgb(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  return match === null ? null : [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

// "Redmean" distance: plain RGB distance weighted the way the eye weighs red, green and blue.
function distanceBetween(a: [number, number, number], b: [number, number, number]): number {
  const meanRed = (a[0] + b[0]) / 2;
  const [dr, dg, db] = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  return Math.sqrt((2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db);
}
