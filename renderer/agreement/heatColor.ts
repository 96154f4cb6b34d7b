// The colours of the pairwise heatmap. Agreement runs from −1 to 1: values from 0 to 1 go from
// near-white to dark blue, negative values (worse than chance) from near-white to dark orange.
// Blue against orange stays apart under every common colour-vision deficiency, and the value is
// always written in the cell, so colour is never the only cue.

/** ColorBrewer "Blues" stops for 0 → 1. */
const POSITIVE = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
/** ColorBrewer "Oranges" stops for 0 → −1. */
const NEGATIVE = ['#fff5eb', '#fdae6b', '#f16913', '#a63603'];

/** Background and text colour of one heatmap cell. */
export interface CellColors {
  background: string;
  text: string;
}

/** Colours for a value (clamped to −1…1); null gets a neutral grey. Text is black or white, whichever contrasts more. */
export function heatColor(value: number | null): CellColors {
  if (value === null || Number.isNaN(value)) return { background: '#e7e9ec', text: '#1c2026' };
  const clamped = Math.max(-1, Math.min(1, value));
  const background = interpolate(clamped >= 0 ? POSITIVE : NEGATIVE, Math.abs(clamped));
  const rgb = parseHex(background);
  const text = contrastRatio(rgb, [0, 0, 0]) >= contrastRatio(rgb, [255, 255, 255]) ? '#000000' : '#ffffff';
  return { background, text };
}

/** WCAG contrast ratio between two sRGB colours given as 0–255 triples. */
export function contrastRatio(x: readonly number[], y: readonly number[]): number {
  const [lighter, darker] = [relativeLuminance(x), relativeLuminance(y)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** A `#rrggbb` colour as a 0–255 triple. */
export function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function interpolate(stops: readonly string[], t: number): string {
  const scaled = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const from = parseHex(stops[i]!);
  const to = parseHex(stops[i + 1]!);
  return `#${from
    .map((c, k) =>
      Math.round(c + (to[k]! - c) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function relativeLuminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
