// Geometry of the link arcs drawn over the article: pure functions from boxes to SVG paths.

/** A point in the overlay's coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A box in the overlay's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One arc: its path, where its label goes (written upwards beside a vertical arc), and its end points. */
export interface Arc {
  path: string;
  label: Point & { vertical: boolean };
  from: Point;
  to: Point;
}

/** How far apart two anchors must be vertically to sit on different lines. */
const SAME_LINE = 8;

/**
 * The arc from one span's first line box to another's. On one line it rises above the text, higher
 * for longer jumps; between lines it bows out into the left margin, so it never climbs past the
 * text above both spans.
 */
export function arcBetween(fromBox: Box, toBox: Box, marginX?: number): Arc {
  if (Math.abs(fromBox.top - toBox.top) < SAME_LINE) {
    const from = { x: Math.min(fromBox.left + 10, fromBox.right), y: fromBox.top };
    const to = { x: Math.min(toBox.left + 10, toBox.right), y: toBox.top };
    const top = Math.min(from.y, to.y) - (18 + Math.min(60, Math.abs(to.x - from.x) * 0.12));
    const path = `M ${r(from.x)} ${r(from.y)} C ${r(from.x)} ${r(top)}, ${r(to.x)} ${r(top)}, ${r(to.x)} ${r(to.y)}`;
    // The cubic's midpoint: its control points share the height `top`.
    return {
      path,
      label: { x: (from.x + to.x) / 2, y: 0.125 * from.y + 0.75 * top + 0.125 * to.y, vertical: false },
      from,
      to,
    };
  }
  // Along the gaps above the two lines, out to the margin (`marginX`, left of the text) and back.
  const from = { x: fromBox.left, y: fromBox.top - 1 };
  const to = { x: toBox.left, y: toBox.top - 1 };
  const outermost = marginX ?? Math.min(from.x, to.x) - 24;
  // Control points placed so that the curve's midpoint, its outermost point, lands on `outermost`.
  const side = (outermost - 0.125 * (from.x + to.x)) / 0.75;
  const path = `M ${r(from.x)} ${r(from.y)} C ${r(side)} ${r(from.y)}, ${r(side)} ${r(to.y)}, ${r(to.x)} ${r(to.y)}`;
  // The label runs upwards along the arc's outer side, in the margin.
  return { path, label: { x: outermost, y: (from.y + to.y) / 2, vertical: true }, from, to };
}

/** Line boxes of a range merged per line, so a span wrapped over three lines gives three boxes. */
export function mergeLineBoxes(rects: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const rect of [...rects].sort((a, b) => a.top - b.top || a.left - b.left)) {
    if (rect.right - rect.left < 0.5) continue;
    const line = lines.find((l) => Math.abs(l.top - rect.top) < 3 && Math.abs(l.bottom - rect.bottom) < 3);
    if (line === undefined) lines.push({ ...rect });
    else {
      line.left = Math.min(line.left, rect.left);
      line.right = Math.max(line.right, rect.right);
    }
  }
  return lines;
}

function r(value: number): string {
  return value.toFixed(1);
}
