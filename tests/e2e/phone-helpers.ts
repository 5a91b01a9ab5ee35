/**
 * Functions run inside a page for tests/e2e/phone.e2e.ts (self-contained: each is serialized into
 * the page by `page.evaluate`). Sizes are CSS px from getBoundingClientRect.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The layout viewport's width and how wide the page is: the document's scroll width, and the
 * right edge of the furthest element (content cut off by `overflow-x: hidden` counts too).
 */
export function overflow(): { scrollWidth: number; clientWidth: number; offside: string[] } {
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const offside: string[] = [];
  let right = root.scrollWidth;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(el);
    // Visually hidden text (1 px, clipped) is for screen readers only.
    if (r.width <= 1 && r.height <= 1) continue;
    if (style.position === 'fixed' && style.visibility === 'hidden') continue;
    const edge = r.right + scrollX;
    if (edge > clientWidth + 0.5) offside.push(`${el.localName}.${el.className} → ${Math.round(edge)}`);
    right = Math.max(right, Math.ceil(edge - 0.5));
  }
  return { scrollWidth: right, clientWidth, offside: offside.slice(0, 5) };
}

/**
 * Interactive elements under 24 × 24 CSS px (44 × 44 for those matching `main`). A control's
 * labels are part of its target (a tap on the label works the control). Links inside a sentence
 * are exempt (WCAG 2.5.8's inline exception).
 */
export function smallTargets(main: string): string[] {
  const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="checkbox"], [role="tab"], [tabindex]:not([tabindex="-1"])';
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
    if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('[aria-hidden="true"], [inert]')) continue;
    // Inside a closed disclosure: not on screen until its summary is tapped.
    const closed = el.closest('details:not([open])');
    if (closed && !el.closest('summary')?.parentElement?.isSameNode(closed)) continue;
    let { left, top, right, bottom } = el.getBoundingClientRect();
    const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []) : [];
    for (const label of labels) {
      const r = label.getBoundingClientRect();
      left = Math.min(left, r.left);
      top = Math.min(top, r.top);
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
    const w = right - left;
    const h = bottom - top;
    const block = el.parentElement?.closest('p, li, dd, td, div');
    const inline = el.localName === 'a' && getComputedStyle(el).display === 'inline' && (block?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    if (inline) continue;
    const min = el.matches(main) ? 44 : 24;
    if (w + 0.5 < min || h + 0.5 < min) {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
      const id = el.getAttribute('data-testid') ?? el.id ?? '';
      out.push(`${el.localName}${id ? `#${id}` : ''} "${name}" ${Math.round(w)}×${Math.round(h)} < ${min}`);
    }
  }
  return out;
}

/** Hints that overlap a portal control, or reach past the layout viewport's sides. */
export function hintsOverControls(): string[] {
  const out: string[] = [];
  const width = document.documentElement.clientWidth;
  const controls = Array.from(document.querySelectorAll('input:not([type="hidden"]), button, select, textarea, a[href], label, altcha-widget, [role="button"]')).filter(
    (c) => c.getClientRects().length > 0 && !c.closest('asistente-clave-hint'),
  );
  for (const hint of Array.from(document.querySelectorAll('asistente-clave-hint'))) {
    const h = hint.getBoundingClientRect();
    if (h.width === 0) continue;
    const field = hint.getAttribute('data-asistente-field');
    if (h.left < -0.5 || h.right > width + 0.5) out.push(`${field}: ${Math.round(h.left)}–${Math.round(h.right)} outside 0–${width}`);
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      const x = Math.min(h.right, r.right) - Math.max(h.left, r.left);
      const y = Math.min(h.bottom, r.bottom) - Math.max(h.top, r.top);
      if (x > 0.5 && y > 0.5) out.push(`${field} covers ${c.localName}${c.id ? `#${c.id}` : ''}`);
    }
  }
  return out;
}
