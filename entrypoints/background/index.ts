import { browser } from 'wxt/browser';
import { handleAlarm, handleMessage, restoreReminders, syncReminders } from './logic';
import { PROGRESS_KEY, rawKey } from '../../utils/storage/keys';
import { parseProgress } from '../../utils/progress/schema';
import { LIFE_PORT } from '../../utils/lifetime';

/** Thin wiring. Every listener is registered synchronously at the top of main (MV3 worker). */
export default defineBackground(() => {
  // Signals, submits and outcomes from the content script (and extension pages). Other messages
  // are left alone. The polyfill's onMessage answers with the promise a listener returns.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!String((message as { type?: unknown } | null)?.type).startsWith('asistente:')) return undefined;
    return handleMessage(message, sender);
  });

  // The email wait starts or ends (signal or hand tick): reminders follow.
  const progressArea = rawKey(PROGRESS_KEY);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[progressArea];
    if (area !== 'local' || !change) return;
    void syncReminders(parseProgress(change.newValue), change.oldValue == null ? null : parseProgress(change.oldValue));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm);
  });

  // A restart, reload or update cleared the alarms: a still-running wait gets them back.
  browser.runtime.onStartup.addListener(() => void restoreReminders());
  browser.runtime.onInstalled.addListener(() => void restoreReminders());

  // The content script's lifetime port (utils/lifetime.ts): accepted, nothing sent on it. It
  // drops when this extension is reloaded, updated or removed, which tears the content script down.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFE_PORT) port.disconnect();
  });
});
