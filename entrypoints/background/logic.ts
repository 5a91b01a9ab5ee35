/**
 * What the background does, beside its entry (./index.ts) so it can be tested with fake-browser:
 * page signals → progress, email wait → alarms, alarms → notifications. Which alarms to set is
 * pure (utils/flows/countdown.ts); this is the browser glue.
 */
import { browser } from 'wxt/browser';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { tp } from '../../utils/i18n/popup';
import { parseSignalMessage } from '../../utils/messaging';
import { readPrefs, readProgress, updateProgress } from '../../utils/storage/items';
import type { EmailWait, Progress } from '../../utils/progress/schema';
import { ALARM_EXPIRED, ALARM_SPAM, reminderAlarms } from '../../utils/progress/countdown';
import { getProfile } from '../../utils/flows';
import { applySignal, latestWait } from '../../utils/progress/logic';

export const NOTIFICATION_ID = 'asistente:email';

/** runtime.onMessage: a valid signal updates real or practice progress; anything else is ignored. */
export async function handleSignalMessage(message: unknown, now = Date.now()): Promise<Progress | undefined> {
  const msg = parseSignalMessage(message);
  if (!msg) return undefined;
  return updateProgress((p) => applySignal(p, msg, now), msg.practice);
}

function sameWait(a: EmailWait | null | undefined, b: EmailWait | null | undefined): boolean {
  return (a?.flow ?? null) === (b?.flow ?? null) && (a?.startedAt ?? null) === (b?.startedAt ?? null);
}

/** Real progress changed: (re)schedule or clear the email reminders. Practice never notifies. */
export async function syncReminders(next: Progress, prev?: Progress | null, now = Date.now()): Promise<void> {
  if (prev !== undefined && sameWait(latestWait(next), prev && latestWait(prev))) return;
  await Promise.all([browser.alarms.clear(ALARM_SPAM), browser.alarms.clear(ALARM_EXPIRED)]);
  if (!latestWait(next)) await browser.notifications.clear(NOTIFICATION_ID).catch(() => false);
  for (const alarm of reminderAlarms(latestWait(next), now)) {
    await browser.alarms.create(alarm.name, { when: alarm.when });
  }
}

async function notificationLang(): Promise<Lang> {
  return (await readPrefs()).lang ?? browserLang();
}

/** alarms.onAlarm: show the reminder if the email wait it belongs to is still on. */
export async function handleAlarm(alarm: { name: string }): Promise<string | undefined> {
  if (alarm.name !== ALARM_SPAM && alarm.name !== ALARM_EXPIRED) return undefined;
  const progress = await readProgress();
  const wait = latestWait(progress);
  if (!wait) return undefined;
  const lang = await notificationLang();
  const spam = alarm.name === ALARM_SPAM;
  const title = tp(lang, spam ? 'notify.spam.title' : 'notify.expired.title');
  const message = spam ? tp(lang, 'notify.spam.body') : tp(lang, getProfile(wait.flow).expiredKey);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
  return message;
}
