/**
 * The whole portal assistant on one document: page kind, field hints, watchers and step signals.
 * Used by the content script (with WXT's ctx.signal) and later by the practice portal (its own
 * document). Everything it starts is torn down when `signal` aborts.
 */
import type { Lang } from '../i18n/core';
import type { PageKind } from '../messaging';
import { check } from '../rules';
import type { CheckContext, FieldKind, Level, Verdict } from '../rules/types';
import { verdictText } from '../../components/hint/verdict-text';
import { message } from '../../components/hint/messages';
import { mountHint as defaultMount, type HintHandle, type HintView, type MountHint } from '../../components/hint/mount';
import { HINT_TAG, ROOT_TAG, detectFields, isShown, type DetectedField } from './detect';
import { detectPage, type PageInfo } from './page-kinds';
import { HEADINGS, TEXT_SIGNALS } from '../portal/phrases';
import { addedText, hasCaptcha, headingText, textSignals, visibleText } from './read-page';
import { norm } from './normalize-text';
import { createSignals, type SendSignal } from './signals';
import { WARM_CONTEXT, WARM_VALUES } from './warm';

export interface AssistantOptions {
  doc: Document;
  win: Window;
  /** Aborting it removes every hint, observer, listener and timer. */
  signal: AbortSignal;
  lang: Lang;
  send: SendSignal;
  practice: boolean;
  /** The page's URL for page-kind detection (default: the document's location). */
  url?: () => string;
  /** Forces the page kind (the practice portal knows which page it imitates). */
  pageKind?: PageKind;
  /** Creates a hint host (default: closed shadow root + Preact). */
  mount?: MountHint;
  shadowMode?: ShadowRootMode;
  /** Checked on every poll tick and event: false tears everything down (extension gone). */
  alive?: () => boolean;
  /** Value poll while a watched field is visible (the on-screen keyboard sends no events). */
  pollMs?: number;
  /** How long after leaving a field (to a non-text target) it counts as left. */
  leaveMs?: number;
}

export interface Assistant {
  /** The current page kind. */
  readonly page: PageKind;
  /** Re-detects the page kind and fields now (in-page navigation, tests). */
  rescan(): void;
  /** Hints currently shown (test and practice use). */
  readonly fieldCount: number;
}

export const HINT_ID_PREFIX = 'asistente-hint-';

interface Watched {
  input: HTMLInputElement;
  kind: FieldKind;
  hint: HintHandle;
  /** The person is still typing here (focused, or an on-screen keyboard is filling it). */
  typing: boolean;
  leaveTimer?: ReturnType<typeof setTimeout>;
  value: string;
  verdict?: Verdict;
  shown?: Level;
  announce: string;
  /** The value when the pointer went down, and when the last click began (on-screen keys). */
  pressed?: string;
  beforeClick?: string;
}

const TEXT_CONTROL = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=checkbox]):not([type=radio]):not([type=hidden]),select,textarea';
/** What an on-screen keyboard key can be: pressing one does not leave the field being filled. */
const KEY_LIKE = 'button,a,[onclick],[role=button],input[type=button],input[type=image]';

/** Rewrites an element's aria-describedby id list (the attribute goes when none is left). */
function describedBy(el: Element, edit: (ids: string[]) => string[]) {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const next = edit(ids);
  if (next.join(' ') === ids.join(' ')) return;
  if (next.length) el.setAttribute('aria-describedby', next.join(' '));
  else el.removeAttribute('aria-describedby');
}

/** Same code and same parameters: the same text in any language. */
function sameVerdict(a: Verdict, b: Verdict | undefined): boolean {
  if (!b || a.code !== b.code || a.level !== b.level) return false;
  const p = a.params;
  const q = b.params;
  if (p === q) return true;
  if (!p || !q) return false;
  for (const k in p) if (p[k] !== q[k]) return false;
  for (const k in q) if (!(k in p)) return false;
  return true;
}

const notOurs = (ids: string[]) => ids.filter((id) => !id.startsWith(HINT_ID_PREFIX));

/** Removes what an earlier instance (an updated or reloaded extension) may have left behind. */
export function removeStale(root: Document | Element): void {
  for (const el of Array.from(root.querySelectorAll(`${HINT_TAG},${ROOT_TAG}`))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[aria-describedby]'))) describedBy(el, notOurs);
}

const addDescribedBy = (input: Element, id: string) => describedBy(input, (ids) => (ids.includes(id) ? ids : [...ids, id]));
const removeDescribedBy = (input: Element, id: string) => describedBy(input, (ids) => ids.filter((x) => x !== id));

const WRAPPER = /(^|\s)(ui-inputwrapper|ui-inputgroup|ui-password|p-inputgroup|p-password|input-group|input-wrapper|inputgroup)(\s|$)/i;

/** Where the hint goes: right after the input, or after a wrapper that holds only it. */
export function hintAnchor(input: HTMLInputElement): Element {
  const parent = input.parentElement;
  if (parent && (parent.localName === 'label' || WRAPPER.test(parent.className))) return parent;
  return input;
}

export function startAssistant(options: AssistantOptions): Assistant {
  const { doc, win, lang, practice } = options;
  const mount = options.mount ?? defaultMount;
  const pollMs = options.pollMs ?? 300;
  const leaveMs = options.leaveMs ?? 300;
  const url = options.url ?? (() => doc.location?.href ?? '');

  // Our own controller: the caller's signal, or `alive()` turning false, stops everything.
  const life = new AbortController();
  const signal = life.signal;
  if (options.signal.aborted) life.abort();
  else options.signal.addEventListener('abort', () => life.abort(), { once: true, signal });

  const instance = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  const fields = new Map<HTMLInputElement, Watched>();
  const signals = createSignals(options.send, practice);
  let page: PageInfo = { kind: options.pageKind ?? 'other', tokens: false };
  // Last values seen for cross-field rules: memory only, gone with this instance.
  const memory: CheckContext = {};

  removeStale(doc);
  const root = doc.createElement(ROOT_TAG);
  root.hidden = true;
  root.setAttribute('data-asistente-page', page.kind);
  doc.documentElement.append(root);

  const alive = () => {
    if (signal.aborted) return false;
    if (options.alive && !options.alive()) {
      life.abort();
      return false;
    }
    return true;
  };

  // ------------------------------------------------------------------ fields and hints

  /**
   * The first value of a kind on the page. When no such field is on the page any more (a partial
   * update replaced the step), the last value it had, kept in memory only.
   */
  function firstValue(kind: 'email' | 'password' | 'cedula'): string | undefined {
    let present = false;
    for (const w of fields.values()) {
      if (w.kind !== kind) continue;
      present = true;
      if (w.input.value) return (memory[kind] = w.input.value);
    }
    if (present) memory[kind] = undefined;
    return memory[kind];
  }

  function context(): CheckContext {
    return { email: firstValue('email'), password: firstValue('password'), cedula: firstValue('cedula') };
  }

  function render(w: Watched, verdict: Verdict, announceNow: boolean) {
    const level: Level = verdict.incomplete && w.typing ? 'empty' : verdict.level;
    // Same verdict, same level, nothing to say: the hint already shows it (most keystrokes).
    if (!announceNow && level === w.shown && sameVerdict(verdict, w.verdict)) return;
    const text = verdictText(lang, verdict);
    if (announceNow) w.announce = text;
    else if (level !== w.shown && w.typing && (level === 'ok' || level === 'warn')) w.announce = text;
    w.shown = level;
    w.verdict = verdict;
    const view: HintView = { level, text, announce: w.announce };
    w.hint.update(view);
  }

  /**
   * Picks up new values: one that changed while its field is not focused was set by script (an
   * on-screen keyboard, a re-render), so the person is still typing there. True if any changed.
   */
  function takeValues(): boolean {
    let changed = false;
    for (const w of fields.values()) {
      if (w.input.value === w.value) continue;
      w.value = w.input.value;
      changed = true;
      if (doc.activeElement !== w.input) {
        w.typing = true;
        clearTimeout(w.leaveTimer);
      }
    }
    return changed;
  }

  /** Re-checks every field (cross-field rules change together) and sends step signals. */
  function updateAll(announceFor?: Watched) {
    if (!alive()) return;
    scheduleRestore();
    takeValues();
    recheck(announceFor);
  }

  function recheck(announceFor?: Watched) {
    const ctx = context();
    for (const w of fields.values()) {
      const verdict = check(w.kind, w.value, ctx);
      render(w, verdict, w === announceFor && verdict.level === 'error' && !w.typing);
    }
    fieldSignals();
  }

  const good = (w: Watched) => w.verdict?.level === 'ok' || w.verdict?.level === 'warn';

  /** Step signals from the fields (each once): a good id; a good email or clave, confirmed. */
  function fieldSignals() {
    let id = false;
    let email = false;
    let emailConfirmed = true;
    let clave = false;
    let claveConfirmed = true;
    for (const w of fields.values()) {
      const k = w.kind;
      if ((k === 'cedula' || k === 'ruc') && good(w)) id = true;
      else if (k === 'email' && good(w)) email = true;
      else if (k === 'email-confirm' && w.verdict?.level !== 'ok') emailConfirmed = false;
      else if (k === 'password' && good(w)) clave = true;
      else if (k === 'password-confirm' && w.verdict?.level !== 'ok') claveConfirmed = false;
    }
    if (id) emit('id-valid');
    if (email && emailConfirmed) emit('email-valid');
    if (clave && claveConfirmed) emit('clave-valid');
  }

  function emit(s: Parameters<typeof signals.emit>[0]) {
    signals.emit(s, page.kind);
  }

  function place(w: Watched) {
    const anchor = hintAnchor(w.input);
    if (anchor.nextElementSibling !== w.hint.host) anchor.after(w.hint.host);
  }

  // ------------------------------------------------------------------ hosts the page took away

  /**
   * A page may remove our hosts (a sweep of unknown elements, a re-render). The same host (level,
   * text and shadow root intact) goes back next to its field, at most once per frame; a page that
   * removes it again at once (a fight) makes us wait longer each time (up to RESTORE_MAX_MS).
   */
  const RESTORE_MAX_MS = 2000;
  let restoreQueued = false;
  let restoreDelay = 0;
  let restoredAt = -Infinity;
  let restoreRaf = 0;
  let restoreTimer: ReturnType<typeof setTimeout> | undefined;

  const lost = () => {
    if (!root.isConnected) return true;
    for (const w of fields.values()) if (!w.hint.host.isConnected && w.input.isConnected) return true;
    return false;
  };

  function scheduleRestore() {
    if (restoreQueued || signal.aborted || !lost()) return;
    restoreQueued = true;
    // Taken away right after we put it back: the page is fighting, back off.
    restoreDelay = Date.now() - restoredAt < 250 ? Math.min(RESTORE_MAX_MS, Math.max(50, restoreDelay * 2)) : 0;
    const run = () => {
      if (!restoreQueued) return;
      restoreQueued = false;
      win.cancelAnimationFrame?.(restoreRaf);
      clearTimeout(restoreTimer);
      restore();
    };
    if (restoreDelay) restoreTimer = setTimeout(run, restoreDelay);
    else {
      restoreRaf = win.requestAnimationFrame?.(run) ?? 0;
      restoreTimer = setTimeout(run, 100);
    }
  }

  function restore() {
    if (!alive()) return;
    if (!root.isConnected) doc.documentElement.append(root);
    for (const w of fields.values()) {
      if (w.hint.host.isConnected || !w.input.isConnected) continue;
      place(w);
      addDescribedBy(w.input, w.hint.host.id);
    }
    restoredAt = Date.now();
  }

  function watch(f: DetectedField) {
    const id = `${HINT_ID_PREFIX}${instance}-${++counter}`;
    const hint = mount({ doc, id, kind: f.kind, lang, mode: options.shadowMode });
    // A cloned input may carry a link to a copy of our host: keep only the page's own ids.
    describedBy(f.input, notOurs);
    const w: Watched = { input: f.input, kind: f.kind, hint, typing: doc.activeElement === f.input, value: f.input.value, announce: '' };
    fields.set(f.input, w);
    place(w);
    addDescribedBy(f.input, id);
  }

  function unwatch(w: Watched) {
    clearTimeout(w.leaveTimer);
    removeDescribedBy(w.input, w.hint.host.id);
    w.hint.destroy();
    fields.delete(w.input);
  }

  // ------------------------------------------------------------------ scanning

  /** Added nodes since the last scan: their text is checked for step phrases. */
  let added: Node[] = [];
  let fullText = true;
  let headingsChanged = true;
  let strays = true;

  /**
   * Page kind, fields and step phrases. A full pass reads the whole visible text; after a partial
   * update only what was added (a busy page is not re-read every frame).
   */
  function scan() {
    if (!alive() || !doc.body) return;
    if (headingsChanged || fullText) {
      const next = options.pageKind ? { kind: options.pageKind, tokens: true } : detectPage(url(), headingText(doc));
      if (next.kind !== page.kind || next.tokens !== page.tokens) page = next;
      root.setAttribute('data-asistente-page', page.kind);
      emit('portal-opened');
    }

    if (strays) removeStrays();
    strays = false;
    const detected = detectFields(doc.body, page);
    const kinds = new Map(detected.map((f) => [f.input, f.kind]));
    for (const w of [...fields.values()]) {
      if (kinds.get(w.input) !== w.kind || !w.input.isConnected) unwatch(w);
    }
    for (const f of detected) {
      const w = fields.get(f.input);
      if (w) place(w);
      else watch(f);
    }
    headingsChanged = false;
    updateAll();
    pollControl();
    scheduleText();
  }

  // ------------------------------------------------------------------ what the page says

  /**
   * Step phrases and captcha come after the hints, once the page has painted: reading the visible
   * text needs a layout, which the page then already has (at DOMContentLoaded it would force the
   * first layout early, before the hints are even in). Step signals can wait a frame; hints not.
   */
  let textQueued = false;
  let textRaf = 0;
  let textTimer: ReturnType<typeof setTimeout> | undefined;
  let textFallback: ReturnType<typeof setTimeout> | undefined;
  function scheduleText() {
    if (textQueued || signal.aborted) return;
    textQueued = true;
    const run = () => {
      if (!textQueued) return;
      textQueued = false;
      win.cancelAnimationFrame?.(textRaf);
      clearTimeout(textTimer);
      clearTimeout(textFallback);
      readText();
    };
    // The frame's callback runs before its paint: the task after it runs after the paint.
    textRaf = win.requestAnimationFrame?.(() => (textTimer = setTimeout(run, 0))) ?? 0;
    textFallback = setTimeout(run, 250); // frames that never come (a background tab)
  }

  function readText() {
    if (!alive() || !doc.body) return;
    if (!signals.has('captcha-shown') && hasCaptcha(doc)) emit('captcha-shown');
    readPhrases();
    added = [];
    fullText = false;
    warm();
  }

  /**
   * Once per new field kind, after the first paint: runs its rule and hint text over made-up
   * values, so the engine compiles that code now and not on the person's first keystroke. Pure
   * calls; nothing is shown, stored or sent.
   */
  const warmed = new Set<FieldKind>();
  function warm() {
    for (const w of fields.values()) {
      if (warmed.has(w.kind)) continue;
      if (!warmed.size) for (const level of ['ok', 'warn', 'error'] as const) message(lang, `h.level.${level}`);
      warmed.add(w.kind);
      for (const value of WARM_VALUES[w.kind]) verdictText(lang, check(w.kind, value, WARM_CONTEXT));
    }
  }

  /**
   * Step phrases not yet seen. After a partial update, a cheap look at the raw text of what was
   * added comes first; the visible-text read (which needs layout) only when a phrase is there.
   */
  function readPhrases() {
    const open = TEXT_SIGNALS.filter((t) => !signals.has(t.signal));
    if (!open.length) return;
    if (!fullText) {
      const rough = norm(added.map((n) => n.textContent ?? '').join(' '));
      if (!open.some((t) => t.any.some((p) => rough.includes(p)))) return;
    }
    const text = fullText ? visibleText(doc) : addedText(added);
    if (text) for (const s of textSignals(doc, text)) emit(s);
  }

  /** Copies of our hosts (a page that clones a row clones them too) and links to them go. */
  function removeStrays() {
    const managed = new Set([...fields.values()].map((w) => w.hint.host as Element));
    for (const el of Array.from(doc.getElementsByTagName(HINT_TAG))) if (!managed.has(el)) el.remove();
  }

  let scanQueued = false;
  let rafId = 0;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleScan() {
    if (scanQueued || signal.aborted) return;
    scanQueued = true;
    const run = () => {
      if (!scanQueued) return;
      scanQueued = false;
      win.cancelAnimationFrame?.(rafId);
      clearTimeout(scanTimer);
      scan();
    };
    // rAF batches a JSF partial update into one scan; the timeout covers frames that never come.
    rafId = win.requestAnimationFrame?.(run) ?? 0;
    scanTimer = setTimeout(run, 250);
  }

  // ------------------------------------------------------------------ reading values

  /** Reads every value (poll, clicks): re-checks only when one changed (then true). */
  function readAll(): boolean {
    scheduleRestore();
    if (!alive() || !takeValues()) return false;
    recheck();
    return true;
  }

  function leave(w: Watched) {
    clearTimeout(w.leaveTimer);
    w.leaveTimer = undefined;
    if (!w.typing || !fields.has(w.input)) return;
    w.typing = false;
    updateAll(w);
  }

  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn as EventListener, { capture: true, passive: true, signal });

  const watchedOf = (target: EventTarget | null) => fields.get(target as HTMLInputElement);
  const isTextControl = (t: EventTarget | null) => t instanceof Element && t.matches(TEXT_CONTROL);
  const isKey = (t: EventTarget | null) => t instanceof Element && !!t.closest(KEY_LIKE);

  on('input', (e) => {
    const w = watchedOf(e.target);
    if (w) updateAll();
  });
  on('change', () => readAll());
  on('focusin', (e) => {
    const w = watchedOf(e.target);
    if (w) {
      clearTimeout(w.leaveTimer);
      w.typing = true;
    }
    // Moving into another control (not a keyboard key) leaves every other field at once.
    if (!isKey(e.target)) for (const o of fields.values()) if (o !== w && o.typing) leave(o);
    if (w) updateAll();
    else readAll(); // focus changes are a moment to re-read values set by script
  });
  on('focusout', (e) => {
    const w = watchedOf(e.target);
    if (!w) return;
    if (isTextControl(e.relatedTarget)) return; // focusin handles it
    clearTimeout(w.leaveTimer);
    // A click on an on-screen keyboard key also takes the focus: wait to see if the value moves.
    w.leaveTimer = setTimeout(() => leave(w), leaveMs);
  });
  // Values as they were when the pointer went down, before any key handler (click or mousedown).
  // Kept on each field (no allocation per click: an on-screen keyboard clicks a lot).
  let pressed = false;
  on('pointerdown', () => {
    for (const w of fields.values()) w.pressed = w.input.value;
    pressed = true;
  });
  on('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    for (const w of fields.values()) w.beforeClick = pressed ? w.pressed : w.input.value;
    pressed = false;
    // After the page's own click handlers have run (an on-screen key sets the value there).
    setTimeout(() => {
      const changed = readAll() || beforeClickDiffers();
      // A click on plain page leaves the fields filled by script, unless this very click changed
      // one (a key made of a <td> or <img> with a script listener is still a key).
      if (!isKey(target)) {
        for (const w of fields.values()) {
          if (w.typing && doc.activeElement !== w.input && w.beforeClick === w.input.value) leave(w);
        }
      }
      // A click may show or hide a part of the form; a click that typed a character (an
      // on-screen key) does not, and a rescan per key would only make garbage while typing.
      if (!changed) scheduleScan();
    }, 0);
  });
  const beforeClickDiffers = () => {
    for (const w of fields.values()) if (w.beforeClick !== w.input.value) return true;
    return false;
  };
  // Bubble phase on the window: runs right after the page's own click handlers (an on-screen
  // key's), so the hint follows within the same click. The capture listener above covers
  // handlers that stop propagation.
  win.addEventListener('click', () => readAll(), { passive: true, signal });
  on('submit', () => {
    for (const w of fields.values()) leave(w);
  });
  on('visibilitychange', () => pollControl());

  // ------------------------------------------------------------------ light poll

  let pollId: ReturnType<typeof setInterval> | undefined;
  function pollControl() {
    const want = !signal.aborted && fields.size > 0 && doc.visibilityState !== 'hidden';
    if (want && pollId === undefined) {
      pollId = setInterval(() => {
        if (!alive()) return;
        scheduleRestore();
        if ([...fields.values()].some((w) => isShown(w.input))) readAll();
      }, pollMs);
    } else if (!want && pollId !== undefined) {
      clearInterval(pollId);
      pollId = undefined;
    }
  }

  // ------------------------------------------------------------------ living page

  const isOurs = (n: Node) => n.nodeType === 1 && ((n as Element).localName === HINT_TAG || (n as Element).localName === ROOT_TAG);
  const isHeading = (n: Node) => n.nodeType === 1 && ((n as Element).matches(HEADINGS) || !!(n as Element).querySelector(HEADINGS));
  /** Keeps what matters from a batch of mutations; true when a scan is worth it. */
  function note(records: MutationRecord[]): boolean {
    let worth = false;
    let gone = false;
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'attributes') {
        const t = r.target as Element;
        if (t.localName === 'input' || t.getElementsByTagName('input').length > 0) worth = true;
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (isOurs(n)) continue;
        if (n.nodeType === 1 && (n as Element).getElementsByTagName(HINT_TAG).length) strays = true;
        worth = true;
        if (added.length < 500) added.push(n);
        else fullText = true;
        if (!headingsChanged && isHeading(n)) headingsChanged = true;
      }
      for (const n of Array.from(r.removedNodes)) {
        if (!isOurs(n)) worth = true;
        else gone = true;
      }
    }
    if (gone) scheduleRestore();
    return worth;
  }

  const bodyObserver = new MutationObserver((records) => {
    if (note(records)) scheduleScan();
  });
  let observedBody: HTMLElement | null = null;
  function observeBody() {
    if (doc.body === observedBody) return;
    bodyObserver.disconnect();
    observedBody = doc.body;
    if (observedBody) {
      bodyObserver.observe(observedBody, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['type', 'disabled', 'hidden', 'style', 'class'],
      });
    }
  }
  // A full-page update may swap the body itself.
  const htmlObserver = new MutationObserver(() => {
    scheduleRestore();
    observeBody();
    fullText = true;
    scheduleScan();
  });
  htmlObserver.observe(doc.documentElement, { childList: true });
  observeBody();

  // ------------------------------------------------------------------ teardown

  signal.addEventListener(
    'abort',
    () => {
      bodyObserver.disconnect();
      htmlObserver.disconnect();
      clearInterval(pollId);
      clearTimeout(scanTimer);
      win.cancelAnimationFrame?.(rafId);
      clearTimeout(restoreTimer);
      win.cancelAnimationFrame?.(restoreRaf);
      clearTimeout(textTimer);
      clearTimeout(textFallback);
      win.cancelAnimationFrame?.(textRaf);
      for (const w of [...fields.values()]) unwatch(w);
      root.remove();
    },
    { once: true },
  );

  scan();

  return {
    get page() {
      return page.kind;
    },
    get fieldCount() {
      return fields.size;
    },
    rescan: () => {
      fullText = true;
      scan();
    },
  };
}
