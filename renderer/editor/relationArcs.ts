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

/** One arc: its path, where its label goes, and its end points. */
export interface Arc {
  path: string;
  label: Point;
  from: Point;
  to: Point;
}

/** An arc rising above the text from one span's anchor to another's, higher for longer jumps. */
export function arcBetween(from: Point, to: Point): Arc {
  const lift = 22 + Math.min(140, Math.abs(to.x - from.x) * 0.15 + Math.abs(to.y - from.y) * 0.25);
  const top = Math.min(from.y, to.y) - lift;
  const path = `M ${r(from.x)} ${r(from.y)} C ${r(from.x)} ${r(top)}, ${r(to.x)} ${r(top)}, ${r(to.x)} ${r(to.y)}`;
  // The cubic's midpoint: its control points share the height `top`.
  const label = { x: (from.x + to.x) / 2, y: 0.125 * from.y + 0.75 * top + 0.125 * to.y };
  return { path, label, from, to };
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
