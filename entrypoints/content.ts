import { browser } from '@wxt-dev/browser';
import { OFFICIAL_MATCHES } from '../utils/portal/hosts';
import { browserLang, type Lang } from '../utils/i18n/core';
import { startAssistant } from '../utils/page/assistant';
import { createScheduler } from '../utils/page/scheduler';
import { extensionLifetime, type Lifetime } from '../utils/lifetime';
import { mountHint } from '../components/hint/mount';
import { message, useTexts } from '../components/hint/messages';
import type { HintTextTable } from '../utils/i18n/hint-table';
import type { PresenterMount } from './presenter-overlay';
import type { OutcomesStart } from '../utils/page/outcomes';
import { PREFS_KEY as PREFS_ITEM, rawKey } from '../utils/storage/keys';

const PREFS_KEY = rawKey(PREFS_ITEM);
const presenterOn = (prefs: unknown) => (prefs as { presenter?: unknown } | undefined)?.presenter === true;

/**
 * Loads the presenter overlay (an extension file, never remote) the first time it is needed.
 * Undefined if it did not load.
 */
async function loadPresenter(): Promise<PresenterMount | undefined> {
  const g = globalThis as { __asistentePresenter?: PresenterMount };
  // eslint-disable-next-line no-unsanitized/method -- the extension's own file, never a remote or page-given URL
  if (!g.__asistentePresenter) await import(/* @vite-ignore */ browser.runtime.getURL('/presenter-overlay.js'));
  return g.__asistentePresenter;
}

/** The outcome reader (an extension file), loaded after the person's submit: see entrypoints/outcomes.ts. */
async function loadOutcomes(): Promise<OutcomesStart | undefined> {
  const g = globalThis as { __asistenteOutcomes?: OutcomesStart };
  // eslint-disable-next-line no-unsanitized/method -- the extension's own file, never a remote or page-given URL
  if (!g.__asistenteOutcomes) await import(/* @vite-ignore */ browser.runtime.getURL('/outcomes.js'));
  return g.__asistenteOutcomes;
}

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  allFrames: true,
  // Loaded before the page is parsed, started by DOMContentLoaded itself: the hints are in the
  // page before its first layout and paint (no second layout, no shift under the person's eyes).
  // Forms added later are seen by the MutationObserver.
  runAt: 'document_start',
  // WXT's own context is replaced in this build by an inert class (wxt.config.ts,
  // utils/wxt-content-context.ts) that listens for none of its page-forgeable events and posts
  // nothing. Should that replacement ever go, this still keeps the event's name off the page.
  noScriptStartedPostMessage: true,
  main() {
    // Our own lifetime, ended only from the extension's side (utils/lifetime.ts), never by an
    // event the page can forge.
    const life = extensionLifetime(() => browser.runtime);
    const lang = browserLang(window);
    // While the page still downloads and parses, the extension's first calls: the answers the
    // start needs and the hint texts (asked now, they are back by DOMContentLoaded; if not, the
    // texts are read from the locale messages). At DOMContentLoaded these had waited in front of
    // the hints (issue 17).
    const early = ask(life.signal);
    browser.runtime.sendMessage({ type: 'asistente:hint-texts', lang }).then((r: { texts?: HintTextTable } | undefined) => useTexts(r?.texts), () => undefined);
    // A page can dispatch a DOMContentLoaded of its own while still loading: start on the real one.
    const ready = () => document.readyState !== 'loading';
    if (ready()) start(life, lang, early);
    else {
      const go = () => ready() && (document.removeEventListener('DOMContentLoaded', go), start(life, lang, early));
      document.addEventListener('DOMContentLoaded', go, { signal: life.signal });
    }
  },
});

/** What the start needs from the extension, asked or set up at document_start. */
interface Early {
  /** This tab submitted a form a moment ago, or the page was opened from the email's link. */
  recent: Promise<boolean>;
  /** Presenter mode's preference, followed (top frame only). */
  presenter?: (follow: (on: boolean) => void) => void;
}

/**
 * Presenter mode's preference (the popup's), read and watched from document_start: its calls
 * (each one sets up an extension API in the page) are made while the page loads.
 */
function presenterPref(signal: AbortSignal): NonNullable<Early['presenter']> {
  let follow = (_on: boolean) => {};
  let latest: boolean | undefined;
  const tell = (on: boolean) => follow((latest = on));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[PREFS_KEY]) tell(presenterOn(changes[PREFS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  // A change seen first is newer than this answer.
  browser.storage.local.get(PREFS_KEY).then((r) => latest === undefined && tell(presenterOn(r[PREFS_KEY])), () => undefined);
  return (f) => {
    follow = f;
    if (latest !== undefined) f(latest);
  };
}

function ask(signal: AbortSignal): Early {
  // An address with a query (the email's link) needs no question: see start().
  const recent =
    location.search.length > 1
      ? Promise.resolve(true)
      : browser.runtime.sendMessage({ type: 'asistente:recent-submit' }).then((r: { recent?: boolean } | undefined) => r?.recent === true, () => false);
  return { recent, presenter: window.top === window ? presenterPref(signal) : undefined };
}

/** The assistant and presenter mode on the parsed document. */
function start(life: Lifetime, lang: Lang, early: Early) {
  const { signal } = life;
  const alive = () => life.alive();
  const assistant = startAssistant({
    doc: document,
    win: window,
    signal,
    lang,
    practice: false,
    view: mountHint,
    texts: message,
    outcomes: loadOutcomes,
    // Checked on every poll tick and event: an uninstalled or reloaded extension tears itself down.
    alive,
    // In a task of its own: a message to the extension never delays the hints.
    send: (message) => {
      setTimeout(() => alive() && void browser.runtime.sendMessage(message).catch(() => undefined), 0);
    },
  });

  // In-page navigation: our own watch of location.href (the event only says "look again").
  let href = location.href;
  const moved = () => {
    if (alive() && location.href !== href) {
      href = location.href;
      assistant.rescan();
    }
  };
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', moved, { signal });
  else {
    const schedule = createScheduler(window, signal);
    const poll = () => (moved(), schedule.later(poll, 1000));
    poll();
  }

  // A form submitted in this tab a moment ago (a full-page submit): read this page's messages too.
  // So is a page opened from the email's link (an address with a query, no submit before it): the
  // advice beside its message ("el enlace venció") only; the background still takes no step or
  // outcome from it without a submit.
  void early.recent.then((recent) => recent && assistant.readOutcomes());

  // Presenter mode (the popup's preference), in the top frame only: one overlay per tab.
  if (!early.presenter) return;
  // Its exit button turns the preference off (entrypoints/presenter-overlay.ts): followed below.
  let presenter: AbortController | undefined;
  const follow = (on: boolean) => {
    if (on && !presenter && alive()) {
      const controller = (presenter = new AbortController());
      loadPresenter().then(
        (mount) => mount?.({ doc: document, win: window, lang, signal: controller.signal }),
        () => undefined,
      );
    } else if (!on && presenter) {
      presenter.abort();
      presenter = undefined;
    }
  };
  early.presenter(follow);
  signal.addEventListener('abort', () => follow(false));
}
