/**
 * Text a person can actually read (issue 19): rendered, not hidden, not fully transparent up the
 * tree, not zero-sized, not clipped away, of a readable size, and on the page (on screen or
 * scrollable into view). A hostile page's hidden "Su clave ha sido generada" never counts.
 * Only the outcome reader (loaded after a submit) uses it; a few text nodes per read.
 */

/** Smaller text is not read by anyone (a common trick: font-size 0 or 1px). */
const MIN_FONT_PX = 8;
const DEPTH_MAX = 40;

const transparent = (color: string) => /^(transparent|rgba\(.*,\s*0(\.0+)?\)|rgb\(.*\/\s*0%?\))$/.test(color.trim());

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
/** What is left of `a` inside `b`. */
const clip = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
/** Enough of it left to read a letter. */
const big = (b: Box) => b.right - b.left >= MIN_FONT_PX / 2 && b.bottom - b.top >= MIN_FONT_PX / 2;

/** Can a person read this text node where it is? */
export function isReadable(node: Text, win: Window): boolean {
  const el = node.parentElement;
  if (!el?.isConnected || !node.data.trim()) return false;
  if (el.closest('[hidden]')) return false;
  const probe = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (
    typeof probe.checkVisibility === 'function' &&
    !probe.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
  ) {
    return false;
  }
  const style = win.getComputedStyle(el);
  if (style.display === 'none' || style.visibility !== 'visible') return false;
  if (!(parseFloat(style.fontSize) >= MIN_FONT_PX) || transparent(style.color)) return false;

  const range = el.ownerDocument.createRange();
  range.selectNodeContents(node);
  const box = range.getBoundingClientRect();
  // Zero-sized (also transform: scale(0)).
  if (!big(box)) return false;
  // On the page: not left of or above its start (never reachable by scrolling), not past its end.
  const root = el.ownerDocument.documentElement;
  const x = box.left + win.scrollX;
  const y = box.top + win.scrollY;
  if (x + box.width <= 0 || y + box.height <= 0) return false;
  if (x >= Math.max(root.scrollWidth, win.innerWidth) || y >= Math.max(root.scrollHeight, win.innerHeight)) return false;

  // Up the tree: transparent, clipped, or cut off by a box that hides its overflow (a 1px box).
  let seen: Box = box;
  let a: Element | null = el;
  for (let i = 0; a && i < DEPTH_MAX; a = a.parentElement, i++) {
    const s = win.getComputedStyle(a);
    if (parseFloat(s.opacity) === 0) return false;
    if (s.clipPath && s.clipPath !== 'none') return false;
    if (s.clip && s.clip !== 'auto' && (s.position === 'absolute' || s.position === 'fixed')) return false;
    if (s.overflow !== 'visible' && a !== root && a !== el.ownerDocument.body) {
      seen = clip(seen, a.getBoundingClientRect());
      if (!big(seen)) return false;
    }
  }
  return true;
}
