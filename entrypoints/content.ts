import { OFFICIAL_MATCHES } from '../utils/official-hosts';
import { browserLang } from '../utils/i18n/core';
import { startAssistant } from '../utils/page/assistant';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const assistant = startAssistant({
      doc: document,
      win: window,
      signal: ctx.signal,
      lang: browserLang(window),
      practice: false,
      // Checked on every poll tick: an uninstalled or reloaded extension tears itself down.
      alive: () => ctx.isValid,
      send: (message) => {
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => assistant.rescan());
  },
});
