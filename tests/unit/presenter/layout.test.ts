import { describe, expect, it } from 'vitest';
import { captionBounds, intersects, placeAround, placeCaption, union, type Rect, type View } from '../../../utils/presenter/layout';

const view = (width: number, height: number, scale = 1, top = 0, left = 0): View => ({ top, left, width, height, scale });
const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height });
const inside = (r: Rect, v: View) => r.left >= v.left && r.top >= v.top && r.left + r.width <= v.left + v.width && r.top + r.height <= v.top + v.height;

describe('presenter caption placement', () => {
  it('goes to the bottom for a control near the top, and to the top for one near the bottom', () => {
    const v = view(1093, 450);
    const high = placeCaption(rect(100, 40, 300, 30), v);
    expect(high.anchor).toBe('bottom');
    expect(high.y).toBe(442);
    const low = placeCaption(rect(100, 380, 300, 30), v);
    expect(low.anchor).toBe('top');
    expect(low.y).toBe(8);
  });

  it('never overlaps the control and stays on screen, wherever the control is', () => {
    for (const v of [view(1093, 450), view(390, 844), view(360, 740), view(980, 2120, 0.398), view(980, 1900, 0.38, 700, 10)]) {
      for (let top = v.top - 50; top < v.top + v.height; top += 37) {
        for (const [left, width, height] of [[20, 200, 30], [v.left + 10, v.width - 20, 160], [v.left + v.width / 2, 60, 300]] as const) {
          const target = rect(left, top, width, height);
          const place = placeCaption(target, v);
          const bounds = captionBounds(place);
          expect(intersects(bounds, target), JSON.stringify({ v, target, place })).toBe(false);
          expect(inside(bounds, v), JSON.stringify({ v, target, place })).toBe(true);
        }
      }
    }
  });

  it('goes beside a control too tall for the room above and below it, when there is room there', () => {
    const target = rect(20, 30, 400, 390);
    const place = placeCaption(target, view(1093, 450));
    expect(intersects(captionBounds(place), target)).toBe(false);
    expect(place.left).toBeGreaterThan(420);
    expect(place.maxHeight).toBe(434);
  });

  it('keeps the same look on a zoomed-out page (a phone showing a desktop page)', () => {
    const place = placeCaption(null, view(980, 2120, 0.4));
    expect(place.unit).toBeCloseTo(2.5);
    expect(place.width).toBe(980 - 2 * 8 * 2.5);
    expect(placeCaption(null, view(1093, 450)).unit).toBe(1);
  });

  it('takes the whole screen height without a control to avoid', () => {
    const place = placeCaption(null, view(390, 844));
    expect(place).toMatchObject({ anchor: 'bottom', y: 836, maxHeight: 828, left: 8, width: 374 });
  });

  it('unites rectangles', () => {
    expect(union([])).toBeNull();
    expect(union([rect(10, 10, 10, 10), rect(0, 30, 5, 5)])).toEqual(rect(0, 10, 20, 25));
  });
});

describe('presenter highlight with or without its context', () => {
  it('keeps the hint in the highlight when the caption still has room, and drops it when not', () => {
    const v = view(1093, 450);
    const field = rect(0, 40, 360, 320);
    const withHint = rect(0, 40, 930, 320);
    expect(placeAround([withHint, field], v).box).toEqual(field);
    expect(placeAround([rect(0, 40, 930, 60), rect(0, 40, 360, 60)], v).box).toEqual(rect(0, 40, 930, 60));
    expect(placeAround([], v).box).toBeNull();
  });
});
