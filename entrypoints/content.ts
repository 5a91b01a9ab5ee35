import { browser } from '@wxt-dev/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OFFICIAL_MATCHES } from '../utils/portal/hosts';
import { browserLang } from '../utils/i18n/core';
import { startAssistant } from '../utils/page/assistant';
import { mountHint } from '../components/hint/mount';
import { message } from '../components/hint/messages';
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
  main(ctx) {
    if (document.readyState !== 'loading') start(ctx);
    else ctx.addEventListener(document, 'DOMContentLoaded', () => start(ctx), { once: true });
  },
});

/** The assistant and presenter mode on the parsed document. */
function start(ctx: ContentScriptContext) {
  const lang = browserLang(window);
  // WXT may report an in-page navigation before location.href changes (Navigation API).
  let url: string | undefined;
  const assistant = startAssistant({
    doc: document,
    win: window,
    signal: ctx.signal,
    lang,
    practice: false,
    view: mountHint,
    texts: message,
    url: () => url ?? location.href,
    outcomes: loadOutcomes,
    // Checked on every poll tick and event: an uninstalled or reloaded extension tears itself down.
    alive: () => ctx.isValid,
    // In a task of its own: a message to the extension never delays the hints.
    send: (message) => {
      setTimeout(() => void browser.runtime.sendMessage(message).catch(() => undefined), 0);
    },
  });
  // A form submitted in this tab a moment ago (a full-page submit): read this page's messages too.
  browser.runtime.sendMessage({ type: 'asistente:recent-submit' }).then((r: { recent?: boolean } | undefined) => r?.recent && assistant.readOutcomes(), () => undefined);
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    url = event.newUrl.href;
    assistant.rescan();
  });

  // Presenter mode (the popup's preference), in the top frame only: one overlay per tab.
  if (window.top !== window) return;
  // Its exit button turns the preference off (entrypoints/presenter-overlay.ts): followed below.
  let presenter: AbortController | undefined;
  const follow = (on: boolean) => {
    if (on && !presenter && ctx.isValid) {
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
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[PREFS_KEY]) follow(presenterOn(changes[PREFS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  browser.storage.local.get(PREFS_KEY).then((r) => follow(presenterOn(r[PREFS_KEY])), () => undefined);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    follow(false);
  });
}
