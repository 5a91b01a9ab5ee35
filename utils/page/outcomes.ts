/**
 * The outcome reader, loaded on demand after the person submitted a form (entrypoints/outcomes.ts;
 * the practice portal imports it directly): reads the portal's VISIBLE messages (PrimeFaces
 * Messages and Growl, JSF 1.x error spans, alerts, a web-firewall page) and the step phrases,
 * matches them against the outcomes table (utils/portal/messages.ts), sends the step signals they
 * prove, shows what to do next beside the message, and tells the extension the outcome. Text a
 * person cannot read (./outcomes-visible.ts) never counts; messages not in the table are left alone.
 * Pure DOM: no extension API (the caller passes `emit`, `tell`, the view and the words).
 */
import type { Lang } from '../i18n/core';
import type { PageKind, PortalOutcome, Signal } from '../messaging';
import { MESSAGE_SELECTORS, PORTAL_MESSAGES, type PortalMessage } from '../portal/messages';
import { TEXT_SIGNALS } from '../portal/phrases';
import { norm } from './normalize-text';
import { isReadable } from './outcomes-visible';
import { nextKey } from './outcome-next';

export { nextKey };

/** Renders "what to do next" beside a portal message (the extension's: components/hint/outcome.ts). */
export type OutcomeView = (o: { doc: Document; anchor: Element; outcome: PortalOutcome; lang: Lang; label: string; text: string }) => Element;

export interface OutcomeReaderOptions {
  doc: Document;
  win: Window;
  /** Aborting it stops reading and removes what was shown. */
  signal: AbortSignal;
  lang: Lang;
  page: () => PageKind;
  /** A step signal (the assistant sends each once). */
  emit: (s: Signal) => void;
  /** An outcome the popup should show, once per portal message element. */
  tell: (outcome: PortalOutcome) => void;
  view?: OutcomeView;
  /** Words for a text key of the table (`next`) and for the view's label. */
  words: (lang: Lang, key: string) => string;
  /** Can a person read this text? (default: ./outcomes-visible.ts; unit tests without layout pass their own) */
  readable?: (node: Text, win: Window) => boolean;
}

const TEXT_NODES_MAX = 5_000;
const CONTAINERS_MAX = 200;
const MESSAGE_CHARS_MAX = 1_500;
const SKIP = /^(script|style|noscript|template|textarea|select|option|asistente-clave-.*)$/;

/** The outcomes a normalized text shows; outside a message area only the `page` ones count. */
export function matchOutcomes(text: string, inMessage: boolean): PortalMessage[] {
  return PORTAL_MESSAGES.filter((m) => (inMessage || m.where === 'page') && m.any.some((p) => text.includes(p)));
}

const PAGE_PHRASES = [...PORTAL_MESSAGES.filter((m) => m.where === 'page').flatMap((m) => m.any), ...TEXT_SIGNALS.flatMap((t) => t.any)];
const FIRST_WORDS = [...new Set(PAGE_PHRASES.map((p) => p.split(' ')[0]!))];

/** Readable text inside `el`, normalized (text nodes joined as a person reads them). */
function readableText(el: Element, ok: (t: Text) => boolean): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let n = 0;
  for (let t = walker.nextNode() as Text | null; t && n < 300; t = walker.nextNode() as Text | null, n++) {
    const p = t.parentElement;
    if (p && !SKIP.test(p.localName) && !p.closest('asistente-clave-outcome') && ok(t)) parts.push(t.data);
  }
  return norm(parts.join(''));
}

interface Candidate {
  el: Element;
  /** Inside one of the portal's message areas (or one itself). */
  message: Element | null;
}

/** The portal's message areas (outermost of a sensible size) and the elements holding a step phrase. */
function candidates(doc: Document): Candidate[] {
  const out = new Map<Element, Candidate>();
  const small = (el: Element) => (el.textContent ?? '').length <= MESSAGE_CHARS_MAX;
  const messageOf = (el: Element): Element | null => {
    let found: Element | null = null;
    for (let c = el.closest(MESSAGE_SELECTORS); c; c = c.parentElement?.closest(MESSAGE_SELECTORS) ?? null) if (small(c)) found = c;
    return found;
  };
  for (const c of Array.from(doc.querySelectorAll(MESSAGE_SELECTORS)).slice(0, CONTAINERS_MAX)) {
    const m = messageOf(c);
    if (m && !out.has(m)) out.set(m, { el: m, message: m });
  }
  const body = doc.body;
  if (!body) return [...out.values()];
  const walker = doc.createTreeWalker(body, 4);
  let n = 0;
  for (let t = walker.nextNode(); t && n < TEXT_NODES_MAX; t = walker.nextNode(), n++) {
    const p = t.parentElement;
    if (!p || SKIP.test(p.localName)) continue;
    const own = norm((t.textContent ?? '').slice(0, 500));
    if (!FIRST_WORDS.some((w) => own.includes(w))) continue;
    // The phrase may run on into a sibling element ("Su clave <b>ha sido generada</b>").
    for (const el of [p, p.parentElement]) {
      if (!el || el === body || out.has(el)) continue;
      const rough = norm((el.textContent ?? '').slice(0, MESSAGE_CHARS_MAX));
      if (PAGE_PHRASES.some((ph) => rough.includes(ph))) {
        out.set(el, { el, message: messageOf(el) });
        break;
      }
    }
  }
  return [...out.values()];
}

/** What the page shows now: step signals, and each understood message with the element it is in. */
export function readOutcomes(doc: Document, ok: (t: Text) => boolean): { signals: Signal[]; found: { m: PortalMessage; anchor: Element }[] } {
  const signals = new Set<Signal>();
  const found: { m: PortalMessage; anchor: Element }[] = [];
  let controls: boolean | undefined;
  const hasControl = () =>
    (controls ??= Array.from(doc.querySelectorAll('input:not([type=hidden]),select,textarea')).some(
      (el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0,
    ));
  for (const c of candidates(doc)) {
    const text = readableText(c.el, ok);
    if (!text) continue;
    for (const t of TEXT_SIGNALS) {
      if (t.any.some((p) => text.includes(p)) && (!t.needsControl || hasControl())) signals.add(t.signal);
    }
    for (const m of matchOutcomes(text, !!c.message)) {
      const anchor = c.message ?? c.el;
      if (!found.some((f) => f.m === m && f.anchor === anchor)) found.push({ m, anchor });
    }
  }
  // One message, one advice: the same outcome found in an element and in one inside it (a form
  // holding the Messages area) keeps only the innermost.
  const innermost = found.filter((f) => !found.some((g) => g !== f && g.m === f.m && f.anchor.contains(g.anchor)));
  return { signals: [...signals], found: innermost };
}

/** What the content script (lazily) and the practice portal call: the reader with its view and words. */
export type OutcomesStart = (options: Omit<OutcomeReaderOptions, 'view' | 'words'>) => { read(): void };

/** Reads now and whenever the page changes (and a little later: messages fade in), until `signal` aborts. */
export function startOutcomes(o: OutcomeReaderOptions): { read(): void } {
  const { doc, win, signal, lang } = o;
  const readable = o.readable ?? isReadable;
  const ok = (t: Text) => readable(t, win);
  const shown = new WeakMap<Element, Set<PortalOutcome>>();
  const hosts: Element[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();

  function read() {
    if (signal.aborted || !doc.body) return;
    const { signals, found } = readOutcomes(doc, ok);
    for (const s of signals) o.emit(s);
    for (const { m, anchor } of found) {
      const seen = shown.get(anchor) ?? new Set<PortalOutcome>();
      if (seen.has(m.outcome)) continue;
      seen.add(m.outcome);
      shown.set(anchor, seen);
      o.tell(m.outcome);
      const text = o.words(lang, nextKey(m, o.page()));
      if (o.view) hosts.push(o.view({ doc, anchor, outcome: m.outcome, lang, label: o.words(lang, 'outcome.label'), text }));
    }
  }
  const later = (ms: number) => {
    const id = setTimeout(() => {
      timers.delete(id);
      read();
    }, ms);
    timers.add(id);
  };
  let pending = false;
  const observer = new MutationObserver((records) => {
    if (pending || records.every((r) => SKIP.test((r.target as Element).localName ?? ''))) return;
    pending = true;
    later(300);
    later(1_000);
    later(2_500);
    setTimeout(() => (pending = false), 300);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      timers.forEach(clearTimeout);
      hosts.forEach((h) => h.remove());
    },
    { once: true },
  );
  read();
  later(1_000);
  return { read };
}
