import { describe, expect, it } from 'vitest';
import { arcBetween, mergeLineBoxes } from '../../../renderer/editor/relationArcs';

describe('relation arc geometry', () => {
  it('rises above both ends, higher for a longer jump, with its label on the arc’s top', () => {
    const short = arcBetween({ x: 10, y: 100 }, { x: 60, y: 100 });
    const long = arcBetween({ x: 10, y: 100 }, { x: 400, y: 300 });
    expect(short.path).toBe('M 10.0 100.0 C 10.0 70.5, 60.0 70.5, 60.0 100.0');
    expect(short.label.y).toBeLessThan(100);
    expect(long.label.y).toBeLessThan(short.label.y);
    expect(long.label.x).toBe(205);
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
