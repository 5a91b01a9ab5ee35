/**
 * Hint hosts in the page: where each goes (right after its field), its link for screen readers
 * (`aria-describedby`), and putting it back when the page takes it away, moves it, or changes
 * its attributes. Look-alikes the page made (our tag or contract attributes) are removed.
 * (How it looks cannot be changed from outside: see components/hint/hint.css.)
 */
import type { FieldKind } from '../rules/types';
import type { Lang } from '../i18n/core';
import { isOurs, LOOKS_OURS, markOurs } from './detect';
import type { HintHandle, HintView } from './hint-view';
import type { Scope } from './scope';

export const HINT_ID_PREFIX = 'asistente-hint-';

/** A field and its hint. */
export interface Hinted {
  readonly input: HTMLInputElement;
  readonly hint: HintHandle;
}

/** Rewrites an element's aria-describedby id list (the attribute goes when none is left). */
function describedBy(el: Element, edit: (ids: string[]) => string[]) {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const next = edit(ids);
  if (next.join(' ') === ids.join(' ')) return;
  if (next.length) el.setAttribute('aria-describedby', next.join(' '));
  else el.removeAttribute('aria-describedby');
}

const notOurs = (ids: string[]) => ids.filter((id) => !id.startsWith(HINT_ID_PREFIX));
const link = (input: Element, id: string) => describedBy(input, (ids) => (ids.includes(id) ? ids : [...ids, id]));

/** Removes what an earlier instance (an updated or reloaded extension) may have left behind. */
export function removeStale(root: Document | Element): void {
  for (const el of root.querySelectorAll(LOOKS_OURS)) el.remove(); // a static list
  for (const el of root.querySelectorAll('[aria-describedby]')) describedBy(el, notOurs);
}

const WRAPPER = /(^|\s)(ui-inputwrapper|ui-inputgroup|ui-password|p-inputgroup|p-password|input-group|input-wrapper|inputgroup)(\s|$)/i;

/** Where the hint goes: right after the input, or after a wrapper that holds only it. */
function hintAnchor(input: HTMLInputElement): Element {
  const parent = input.parentElement;
  if (parent && (parent.localName === 'label' || WRAPPER.test(parent.className))) return parent;
  return input;
}

/** Right after its field (or the field's wrapper). */
const placed = (f: Hinted) => hintAnchor(f.input).nextElementSibling === f.hint.host;

export function place(f: Hinted): void {
  if (!placed(f)) hintAnchor(f.input).after(f.hint.host);
}

/** A page that removes the host again this soon after we put it back is fighting us. */
const FIGHT_MS = 250;
const RESTORE_MAX_MS = 2000;
const CONTRACT_ATTRS = ['data-asistente-field', 'data-asistente-level', 'data-asistente-page'];

/** The hosts of the scope's fields; `root` is our hidden root element, put back too. */
export function createHintHosts({ doc, fields, schedule, alive, signal }: Scope, root: HTMLElement, view: HintView, lang: Lang, mode?: ShadowRootMode) {
  const instance = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  let queued = false;
  let delay = 0;
  let restoredAt = -Infinity;
  let strays = false;
  markOurs(root);

  const lost = () => {
    if (!root.isConnected) return true;
    for (const f of fields.values()) if (f.input.isConnected && !placed(f)) return true;
    return false;
  };

  /** Page-made look-alikes (and copies of our hosts: a page that clones a row clones them too) go. */
  const removeStrays = () => {
    const managed = new Set<Element>(Array.from(fields.values(), (f) => f.hint.host)).add(root);
    for (const el of Array.from(doc.querySelectorAll(LOOKS_OURS))) if (!managed.has(el)) el.remove();
  };

  /**
   * Root and hosts back in place (the same hosts: level, text and shadow root intact), each
   * host's attributes as we set them, each field linked to its hint, look-alikes gone.
   */
  const fixSoon = schedule.throttle(() => {
    const restoring = queued;
    queued = false;
    if (!alive()) return;
    if (!root.isConnected) doc.documentElement.append(root);
    if (strays) removeStrays();
    strays = false;
    for (const f of fields.values()) {
      f.hint.repair?.();
      if (!f.input.isConnected) continue;
      place(f);
      link(f.input, f.hint.host.id);
    }
    if (restoring) restoredAt = Date.now();
  }, 100);

  // Attributes the page sets on our hosts or on its fields' links, and contract attributes it
  // puts on its own elements: fixed at the next frame (a page that keeps changing them gets one
  // answer per frame, never a loop).
  const watch = new MutationObserver((records) => {
    let fix = false;
    for (const r of records) {
      // The page kind on our root is ours to set (./assistant.ts): nothing to repair.
      if (r.target === root) continue;
      fix = true;
      if (r.attributeName !== 'aria-describedby' && !isOurs(r.target as Element)) strays = true;
    }
    if (fix) fixSoon();
  });
  watch.observe(doc.documentElement, { subtree: true, attributeFilter: CONTRACT_ATTRS });
  signal.addEventListener('abort', () => watch.disconnect(), { once: true });

  return {
    /** A new host for a field, in place and linked. */
    mount: ({ input, kind }: { input: HTMLInputElement; kind: FieldKind }): HintHandle => {
      const id = `${HINT_ID_PREFIX}${instance}-${++counter}`;
      const hint = view({ doc, id, kind, lang, mode });
      markOurs(hint.host);
      // A cloned input may carry a link to a copy of our host: keep only the page's own ids.
      describedBy(input, notOurs);
      place({ input, hint });
      link(input, id);
      // Watched from now on: our own edits above need no repair (nor a frame while the page loads).
      watch.observe(hint.host, { attributes: true });
      watch.observe(input, { attributeFilter: ['aria-describedby'] });
      return hint;
    },
    unmount: (f: Hinted): void => {
      // Its field links to no other host of ours (mount keeps only the page's own ids).
      describedBy(f.input, notOurs);
      // A page that keeps it and puts it back later shows an old verdict: then it is a stray.
      markOurs(f.hint.host, false);
      f.hint.destroy();
    },
    /**
     * At most once per frame when a host is gone or moved; a page that takes it away again at
     * once makes us wait longer each time (up to RESTORE_MAX_MS).
     */
    restore: (): void => {
      if (queued || !lost()) return;
      queued = true;
      delay = Date.now() - restoredAt < FIGHT_MS ? Math.min(RESTORE_MAX_MS, Math.max(50, delay * 2)) : 0;
      fixSoon(delay);
    },
    removeStrays,
  };
}
