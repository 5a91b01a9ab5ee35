/** Presenter-mode keyboard and step logic, pure so it is tested without a DOM. */
type PresenterAction = 'next' | 'prev' | 'exit' | 'bigger' | 'smaller';

interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /**
   * True when the key went to a text field or the page's on-screen keyboard: Escape and the
   * arrows then belong to the page (it may close its keyboard or clear the field on Escape).
   */
  inTextField?: boolean;
}

export function presenterAction(e: KeyLike): PresenterAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (e.inTextField) return undefined;
  if (e.key === 'Escape') return 'exit';
  if (e.key === 'ArrowRight') return 'next';
  if (e.key === 'ArrowLeft') return 'prev';
  if (e.key === '+') return 'bigger';
  if (e.key === '-') return 'smaller';
  return undefined;
}

const SCALES = [1, 1.25, 1.5, 2] as const;

export function clampStep(index: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(total - 1, Math.max(0, index));
}

export function nextScale(scale: number, dir: 1 | -1): number {
  const i = SCALES.findIndex((s) => s >= scale);
  const j = Math.min(SCALES.length - 1, Math.max(0, (i < 0 ? SCALES.length - 1 : i) + dir));
  return SCALES[j]!;
}

export function isTextField(el: Element | null | undefined): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || (el as HTMLElement).isContentEditable) return true;
  if (tag !== 'input') return false;
  const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color'].includes(type);
}
