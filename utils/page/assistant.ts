/**
 * The portal assistant on one document: page kind, field hints, watchers and step signals, put
 * together from small parts (scan, field watch, hint hosts, mutations, step signals, warm-up).
 * Used by the content script (with WXT's ctx.signal) and by the practice portal (its own page).
 * Everything it starts is torn down when `signal` aborts.
 */
// Import order is bundle order: the warm-up (with the rules engine it pulls in) first, then the
// page kinds, keep similar code together and the bundle smaller once gzipped.
import { createWarmUp } from './warm';
import { judge } from './judge';
import { detectPage, type PageInfo } from './page-kinds';
import { forgetLabels } from './field-labels';
import type { Lang } from '../i18n/core';
import type { PageKind } from '../messaging';
import type { CheckContext } from '../rules/types';
import { ROOT_TAG, type DetectedField } from './detect';
import { newField, watchFields, type Field } from './field-watch';
import { createHintHosts, place, removeStale } from './hint-host';
import type { HintTexts, HintView } from './hint-view';
import { observeMutations, type PageChanges } from './mutations';
import { headingText } from './read-page';
import { scanFields, tooBig } from './scan';
import { createScheduler } from './scheduler';
import type { Scope } from './scope';
import { createSignals, type SendSignal } from './signals';
import { fieldSignals, readPageSignals } from './step-signals';
import type { OutcomesStart } from './outcomes';
import { watchSubmits } from './outcomes-submit';

export { HINT_ID_PREFIX, removeStale } from './hint-host';

export interface AssistantOptions {
  doc: Document;
  win: Window;
  /** Aborting it removes every hint, observer, listener and timer. */
  signal: AbortSignal;
  lang: Lang;
  send: SendSignal;
  practice: boolean;
  /** Renders a hint host (the extension's: components/hint/mount.ts). */
  view: HintView;
  /** The hint texts (the extension's: components/hint/messages.ts). */
  texts: HintTexts;
  /** The page's URL for page-kind detection (default: the document's location). */
  url?: () => string;
  /** Forces the page kind (the practice portal knows which page it imitates). */
  pageKind?: PageKind;
  shadowMode?: ShadowRootMode;
  /** Checked on every poll tick and event: false tears everything down (extension gone). */
  alive?: () => boolean;
  /**
   * Loads the outcome reader (./outcomes.ts with its view), called after the person's first submit
   * or by `readOutcomes()`. The practice portal starts it at once.
   */
  outcomes?: () => Promise<OutcomesStart | undefined>;
  /** Value poll while there are watched fields and the tab is visible (the on-screen keyboard sends no events). */
  pollMs?: number;
  /** How long after leaving a field (to a non-text target) it counts as left. */
  leaveMs?: number;
}

/** The page kind is on the root element's `data-asistente-page` (the public contract). */
export interface Assistant {
  /** Re-detects the page kind and fields now (in-page navigation). */
  rescan(): void;
  /** Starts the outcome reader (once): this tab submitted a form just before this page loaded. */
  readOutcomes(): void;
}

export function startAssistant(options: AssistantOptions): Assistant {
  const { doc, win, lang, texts } = options;
  const url = options.url ?? (() => doc.location?.href ?? '');

  // Our own controller: the caller's signal, or `alive()` turning false, stops everything.
  const life = new AbortController();
  const signal = life.signal;
  if (options.signal.aborted) life.abort();
  else options.signal.addEventListener('abort', () => life.abort(), { once: true, signal });
  const alive = () => {
    if (!signal.aborted && options.alive && !options.alive()) life.abort();
    return !signal.aborted;
  };

  const fields = new Map<HTMLInputElement, Field>();
  const schedule = createScheduler(win, signal);
  const scope: Scope = { doc, win, signal, schedule, fields, alive };
  const signals = createSignals(options.send, options.practice);
  let page: PageInfo = { kind: options.pageKind ?? 'other', tokens: false };
  const emit = (s: Parameters<typeof signals.emit>[0]) => signals.emit(s, page.kind);
  // Last values seen for cross-field rules: memory only, gone with this instance.
  const memory: CheckContext = {};
  const changes: PageChanges = { added: 0, fullText: true, headingsChanged: true, strays: true, roots: new Set(), labels: true };
  const warm = createWarmUp(lang, texts);

  removeStale(doc);
  const root = doc.createElement(ROOT_TAG);
  root.hidden = true;
  root.setAttribute('data-asistente-page', page.kind);
  doc.documentElement.append(root);

  const hosts = createHintHosts(scope, root, options.view, lang, options.shadowMode);
  // Step phrases and captcha after the hints, once the page has painted (reading visible text
  // needs a layout, which the page then already has); then the warm-up.
  const readText = schedule.throttle(() => {
    if (!alive() || !doc.body || tooBig(doc)) return;
    readPageSignals(doc, changes, signals.has, emit);
  }, 250, true);
  // The warm-up when the person comes to the page (a focus, a press), not on every page load.
  for (const type of ['focusin', 'pointerdown']) doc.addEventListener(type, () => warm(fields.values()), { capture: true, passive: true, signal });
  // A frame batches a JSF partial update into one scan (of the parts it changed).
  const scanSoon = schedule.throttle(() => scan(), 250);
  // A click may show or hide a part of the page that no mutation tells of (a :checked style).
  const scanAll = () => {
    if (doc.body) changes.roots.add(doc.body);
    scanSoon();
  };
  const recheck = (announceFor?: Field) => {
    judge(fields, memory, lang, texts, announceFor);
    fieldSignals(fields.values(), emit);
  };
  const watch = watchFields(scope, recheck, hosts.restore, scanAll, options.pollMs ?? 300, options.leaveMs ?? 300);

  /** Page kind, the fields where the page changed and (after the paint) step phrases. */
  function scan() {
    if (!alive() || !doc.body) return;
    if (changes.headingsChanged || changes.fullText) {
      page = options.pageKind ? { kind: options.pageKind, tokens: true } : detectPage(url(), headingText(doc));
      root.setAttribute('data-asistente-page', page.kind);
      emit('portal-opened');
      // The whole page: first pass, a swapped body, an in-page navigation, another page kind.
      changes.roots.add(doc.body);
    }
    changes.fullText = false;
    if (changes.strays) hosts.removeStrays();
    changes.strays = false;
    const add = (found: DetectedField) => newField(found, hosts.mount(found), doc);
    if (changes.labels) forgetLabels();
    changes.labels = false;
    const roots = [...changes.roots];
    changes.roots.clear();
    scanFields(doc, roots, page, fields, add, hosts.unmount, place);
    changes.headingsChanged = false;
    watch.update();
    watch.poll();
    readText();
  }

  // After the person's submit (never a page script's), the portal's messages and step phrases.
  let reading = false;
  let lastSubmit = 0;
  const readOutcomes = () => {
    if (reading || !options.outcomes || !alive()) return;
    reading = true;
    options.outcomes().then((start) => {
      if (!start || !alive()) return;
      const tell = (outcome: Parameters<Parameters<OutcomesStart>[0]['tell']>[0]) =>
        signals.send({ type: 'asistente:outcome', outcome, page: page.kind, at: Date.now(), practice: options.practice });
      start({ doc, win, signal, lang, page: () => page.kind, emit, tell });
    }, () => (reading = false));
  };
  watchSubmits(win, signal, () => {
    const at = Date.now();
    if (at - lastSubmit > 1_000) signals.send({ type: 'asistente:submit', at, practice: options.practice });
    lastSubmit = at;
    readOutcomes();
  });
  if (options.practice) readOutcomes();

  observeMutations(doc, signal, changes, scanSoon, hosts.restore, readText);
  signal.addEventListener(
    'abort',
    () => {
      fields.forEach(hosts.unmount);
      fields.clear();
      root.remove();
    },
    { once: true },
  );

  scan();

  return {
    rescan: () => {
      changes.fullText = changes.labels = true;
      scan();
    },
    readOutcomes,
  };
}
