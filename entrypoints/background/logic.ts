/**
 * What the background does, beside its entry (./index.ts) so it can be tested with fake-browser:
 * page signals → progress, email wait → alarms, alarms → notifications. Which alarms to set is
 * pure (utils/progress/countdown.ts); this is the browser glue.
 */
import { browser } from 'wxt/browser';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { tp } from '../../utils/i18n/popup';
import { parseSignalMessage } from '../../utils/messaging';
import { readPrefs, readProgress, repairProgress, updateProgress } from '../../utils/storage/items';
import { waitPossible } from '../../utils/progress/sane';
import type { EmailWait, Progress } from '../../utils/progress/schema';
import { ALARM_EXPIRED, ALARM_SPAM, alarmName, parseAlarmName, reminderAlarms, type AlarmKind } from '../../utils/progress/countdown';
import { PROFILE_IDS, getProfile, type ProfileId } from '../../utils/flows';
import { applySignal, latestWait, waitOf } from '../../utils/progress/logic';
import { clearNotice, showNotice } from './notify';

/** Each task's reminder has its own notification: `asistente:email:unlock`. */
const NOTIFICATION_ID = 'asistente:email';
export function notificationId(flow: ProfileId): string {
  return `${NOTIFICATION_ID}:${flow}`;
}

/** runtime.onMessage: a valid signal updates real or practice progress; anything else is ignored. */
export async function handleSignalMessage(message: unknown, now = Date.now()): Promise<Progress | undefined> {
  const msg = parseSignalMessage(message);
  if (!msg) return undefined;
  return updateProgress((p) => applySignal(p, msg, now), msg.practice);
}

/** The wait, unless its start is impossible at `now` (future, or more than a day ago). */
function possible(wait: EmailWait | null, now: number): EmailWait | null {
  return wait && waitPossible(wait.startedAt, now) ? wait : null;
}

function sameWait(a: EmailWait | null, b: EmailWait | null): boolean {
  return (a?.startedAt ?? null) === (b?.startedAt ?? null);
}

/**
 * Real progress changed: (re)schedule or clear the email reminders of each task whose wait
 * changed. Each task keeps its own alarms, so looking at or starting another task never drops a
 * running wait's reminders. Practice never notifies.
 */
export async function syncReminders(next: Progress, prev?: Progress | null, now = Date.now()): Promise<void> {
  for (const flow of PROFILE_IDS) {
    const wait = possible(waitOf(next, flow), now);
    if (prev !== undefined && sameWait(wait, prev && possible(waitOf(prev, flow), now))) continue;
    await Promise.all([browser.alarms.clear(alarmName('spam', flow)), browser.alarms.clear(alarmName('expired', flow))]);
    if (prev !== undefined) await Promise.all([browser.alarms.clear(ALARM_SPAM), browser.alarms.clear(ALARM_EXPIRED)]);
    if (!wait) await clearNotice(notificationId(flow));
    for (const alarm of reminderAlarms(wait, now)) {
      await browser.alarms.create(alarm.name, { when: alarm.when });
    }
  }
}

/**
 * runtime.onStartup / onInstalled: a restart, reload or update clears the alarms while a wait
 * stays stored. Waits that cannot be running are dropped from storage first; every task's
 * alarms are then set again from what is stored.
 */
export async function restoreReminders(now = Date.now()): Promise<void> {
  await syncReminders(await repairProgress(now), undefined, now);
}

async function notificationLang(): Promise<Lang> {
  return (await readPrefs()).lang ?? browserLang();
}

/** Alarms named before each task had its own (set by an older version, still pending). */
function legacyAlarm(name: string): { kind: AlarmKind; flow: null } | null {
  if (name === ALARM_SPAM) return { kind: 'spam', flow: null };
  if (name === ALARM_EXPIRED) return { kind: 'expired', flow: null };
  return null;
}

/** alarms.onAlarm: show the reminder if the email wait of the task it belongs to is still on. */
export async function handleAlarm(alarm: { name: string }): Promise<string | undefined> {
  const which = parseAlarmName(alarm.name) ?? legacyAlarm(alarm.name);
  if (!which) return undefined;
  const progress = await readProgress();
  // A legacy alarm (one name for all tasks) speaks of the most recent wait, as it did then.
  const wait = which.flow ? waitOf(progress, which.flow) : latestWait(progress);
  if (!wait) return undefined;
  const lang = await notificationLang();
  const spam = which.kind === 'spam';
  const title = tp(lang, spam ? 'notify.spam.title' : 'notify.expired.title');
  const message = spam ? tp(lang, 'notify.spam.body') : tp(lang, getProfile(wait.flow).expiredKey);
  await showNotice(notificationId(wait.flow), { iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  return message;
}
