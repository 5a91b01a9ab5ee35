/**
 * Where presenter mode puts its caption: never over the highlighted control. Pure geometry, in
 * the page's CSS pixels relative to the layout viewport (what getBoundingClientRect and
 * `position: fixed` use); the visible part of the page is the visual viewport (on a phone
 * showing a zoomed-out desktop page it is wider than the screen: `scale` < 1).
 */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The visible part of the page (window.visualViewport: offsetTop/Left, width, height, scale). */
export interface View extends Rect {
  scale: number;
}

export interface CaptionPlace {
  /** Left edge and width of the caption. */
  left: number;
  width: number;
  /** Vertical edge: the caption's top (anchor 'top') or its bottom (anchor 'bottom'). */
  y: number;
  anchor: 'top' | 'bottom';
  /** The caption never grows past this: it scrolls inside itself. */
  maxHeight: number;
  /** Size factor so the caption looks the same on a zoomed-out page (1 on a desktop). */
  unit: number;
  /** Text factor for a small screen (a phone: 0.6), so the words leave room for the page. */
  text: number;
  /** Room enough for the words and the buttons (else the caption is squeezed beside the control). */
  roomy: boolean;
}

/** Space between the highlight box (its 4 px outline is outside it) and the caption; and the screen edges. */
const GAP = 16;
const MARGIN = 8;
const MAX_WIDTH = 900;
/** Below this height the caption rather goes beside the control, when there is room there. */
const MIN_HEIGHT = 140;
const MIN_SIDE_WIDTH = 220;
/** Screens at least this wide (on-screen px) get the full caption text size. */
const SCREEN_FULL_TEXT = 640;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The smallest rectangle holding all of `rects` (null when there are none). */
export function union(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  const top = Math.min(...rects.map((r) => r.top));
  const left = Math.min(...rects.map((r) => r.left));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  return { top, left, width: right - left, height: bottom - top };
}

/** True when the two rectangles share some area. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * The caption's place for a highlighted `target` (null: nothing to highlight on this screen):
 * across the screen on the side with more room (the other half from the control), as tall as that
 * room allows; beside the control when neither side has room and one side of it does.
 */
export function placeCaption(target: Rect | null, view: View): CaptionPlace {
  const unit = clamp(1 / (view.scale || 1), 0.5, 4);
  const text = clamp((view.width * (view.scale || 1)) / SCREEN_FULL_TEXT, 0.6, 1);
  const m = MARGIN * unit;
  const g = GAP * unit;
  const viewBottom = view.top + view.height;
  const viewRight = view.left + view.width;
  const width = Math.max(0, Math.min(view.width - 2 * m, MAX_WIDTH * unit));
  const left = view.left + (view.width - width) / 2;
  const across = (anchor: 'top' | 'bottom', room: number): CaptionPlace => ({
    left,
    width,
    y: anchor === 'top' ? view.top + m : viewBottom - m,
    anchor,
    maxHeight: clamp(room, 0, view.height - 2 * m),
    unit,
    text,
    roomy: room >= MIN_HEIGHT * unit,
  });
  if (!target) return across('bottom', view.height - 2 * m);
  const above = target.top - g - (view.top + m);
  const below = viewBottom - m - (target.top + target.height + g);
  const best = below >= above ? across('bottom', below) : across('top', above);
  if (best.roomy) return best;
  const leftRoom = target.left - g - (view.left + m);
  const rightRoom = viewRight - m - (target.left + target.width + g);
  const side = Math.max(leftRoom, rightRoom);
  if (side < MIN_SIDE_WIDTH * unit) return best;
  const sideWidth = Math.min(side, MAX_WIDTH * unit);
  return {
    left: rightRoom >= leftRoom ? viewRight - m - sideWidth : view.left + m,
    width: sideWidth,
    y: viewBottom - m,
    anchor: 'bottom',
    maxHeight: Math.max(0, view.height - 2 * m),
    unit,
    text,
    roomy: true,
  };
}

/**
 * The highlight and caption place for the first of `boxes` (largest first: a control with its
 * context, then the control alone) that leaves the caption room enough; else the one leaving it
 * the most room. The caption never overlaps the chosen box.
 */
export function placeAround(boxes: readonly Rect[], view: View): { box: Rect | null; place: CaptionPlace } {
  if (!boxes.length) return { box: null, place: placeCaption(null, view) };
  let best: { box: Rect; place: CaptionPlace } | undefined;
  for (const box of boxes) {
    const place = placeCaption(box, view);
    if (place.roomy) return { box, place };
    if (!best || place.maxHeight * place.width > best.place.maxHeight * best.place.width) best = { box, place };
  }
  return best!;
}

/** The rectangle the caption may take at most (for tests and for checking a placement). */
export function captionBounds(p: CaptionPlace): Rect {
  return { left: p.left, width: p.width, top: p.anchor === 'top' ? p.y : p.y - p.maxHeight, height: p.maxHeight };
}
