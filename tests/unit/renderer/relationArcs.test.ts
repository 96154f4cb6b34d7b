import { describe, expect, it } from 'vitest';
import { arcBetween, mergeLineBoxes } from '../../../renderer/editor/relationArcs';

describe('relation arc geometry', () => {
  const box = (left: number, top: number, width = 40) => ({ left, top, right: left + width, bottom: top + 20 });

  it('rises above one line, higher for a longer jump, with its label on the arc’s top', () => {
    const short = arcBetween(box(0, 100), box(50, 100));
    const long = arcBetween(box(0, 100), box(400, 102));
    expect(short.path).toBe('M 10.0 100.0 C 10.0 76.0, 60.0 76.0, 60.0 100.0');
    expect(short.label).toEqual({ x: 35, y: 82, vertical: false });
    expect(long.label.y).toBeLessThan(short.label.y);
  });

  it('bows into the left margin between lines instead of climbing over the text', () => {
    const down = arcBetween(box(120, 100), box(300, 400), -16);
    expect(down.from).toEqual({ x: 120, y: 99 });
    expect(down.to).toEqual({ x: 300, y: 399 });
    // The control points lie far enough out for the curve's middle to reach the margin, at the
    // heights of the gaps above the two lines.
    expect(down.path).toBe('M 120.0 99.0 C -91.3 99.0, -91.3 399.0, 300.0 399.0');
    expect(down.label).toEqual({ x: -16, y: 249, vertical: true });
    expect(arcBetween(box(120, 100), box(300, 400)).label.x).toBe(96);
  });

  it('merges the boxes of one line and keeps lines apart', () => {
    const boxes = mergeLineBoxes([
      { left: 50, top: 10, right: 80, bottom: 30 },
      { left: 10, top: 10, right: 50, bottom: 30 },
      { left: 0, top: 40, right: 30, bottom: 60 },
      { left: 30, top: 40, right: 30.2, bottom: 60 },
    ]);
    expect(boxes).toEqual([
      { left: 10, top: 10, right: 80, bottom: 30 },
      { left: 0, top: 40, right: 30, bottom: 60 },
    ]);
  });
});
