import { OFFICIAL_MATCHES } from '../utils/official-hosts';
import { browserLang } from '../utils/i18n/core';
import { startAssistant } from '../utils/page/assistant';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // WXT may report an in-page navigation before location.href changes (Navigation API).
    let url: string | undefined;
    const assistant = startAssistant({
      doc: document,
      win: window,
      signal: ctx.signal,
      lang: browserLang(window),
      practice: false,
      url: () => url ?? location.href,
      // Checked on every poll tick and event: an uninstalled or reloaded extension tears itself down.
      alive: () => ctx.isValid,
      send: (message) => {
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      url = event.newUrl.href;
      assistant.rescan();
    });
  },
});
