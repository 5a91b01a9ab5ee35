/**
 * What the background does, beside its entry (./index.ts) so it can be tested with fake-browser:
 * page signals → progress, email wait → alarms, alarms → notifications. Which alarms to set is
 * pure (utils/progress/countdown.ts); this is the browser glue.
 */
import { browser } from 'wxt/browser';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { tp } from '../../utils/i18n/popup';
import { HintTextsQuery, OutcomeMessage, RecentSubmitQuery, SubmitMessage, parseSignalMessage, type StepSignalMessage } from '../../utils/messaging';
import { SUBMIT_SIGNALS, SUBMIT_WINDOW_MS } from '../../utils/portal/messages';
import { readSubmits, saveOutcome, saveSubmit } from '../../utils/storage/outcome';
import { readPrefs, readProgress, repairProgress, updateProgress } from '../../utils/storage/items';
import { waitPossible } from '../../utils/progress/sane';
import type { EmailWait, Progress } from '../../utils/progress/schema';
import { ALARM_EXPIRED, ALARM_SPAM, alarmName, parseAlarmName, reminderAlarms, type AlarmKind } from '../../utils/progress/countdown';
import { PROFILE_IDS, getProfile, type ProfileId } from '../../utils/flows';
import { applySignal, latestWait, waitOf } from '../../utils/progress/logic';
import { clearNotice, showNotice } from './notify';
import { hintTexts } from '../../utils/i18n/hint-table';

/** Each task's reminder has its own notification: `asistente:email:unlock`. */
const NOTIFICATION_ID = 'asistente:email';
export function notificationId(flow: ProfileId): string {
  return `${NOTIFICATION_ID}:${flow}`;
}

/** A valid signal updates real or practice progress; anything else is ignored. */
export async function handleSignalMessage(message: unknown, now = Date.now()): Promise<Progress | undefined> {
  const msg = parseSignalMessage(message);
  if (!msg) return undefined;
  return updateProgress((p) => applySignal(p, msg, now), msg.practice);
}

/** The wait, unless its start is impossible at `now` (future, or more than a day ago). */
function possible(wait: EmailWait | null, now: number): EmailWait | null {
  return wait && waitPossible(wait.startedAt, now) ? wait : null;
}

/**
 * Tabs whose page the person submitted, and when (issue 19). In memory first, so a signal that
 * follows its submit message at once finds it; in storage.session too, so the page a full-page
 * submit loads still finds it after the worker slept.
 */
const submits = new Map<number, number>();

async function submittedAt(tab: number): Promise<number | undefined> {
  return submits.get(tab) ?? (await readSubmits())[String(tab)];
}

/** Did `tab` submit a form within the last minutes? */
async function recentSubmit(tab: number | undefined, now = Date.now()): Promise<boolean> {
  if (tab == null) return false;
  const at = await submittedAt(tab);
  return at != null && at <= now && now - at <= SUBMIT_WINDOW_MS;
}

/** The extension's own pages (the practice portal, tests' stand-ins for the content script): no page can send from there. */
function ownPage(sender: Sender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Only a page the person submitted may start or end the email wait. */
async function allowed(msg: StepSignalMessage, sender: Sender, now: number): Promise<boolean> {
  return !SUBMIT_SIGNALS.includes(msg.signal) || ownPage(sender) || recentSubmit(sender.tab?.id, now);
}

type Sender = { tab?: { id?: number }; url?: string };

/**
 * runtime.onMessage for everything the assistant sends (utils/messaging.ts): a submit is noted
 * for its tab; a step signal updates progress (`email-sent`, `clave-created`, `unlocked` only
 * after a recent submit in that tab, or from the extension's own pages); an outcome is kept for
 * the popup (after a submit too);
 * "recent submit?" and "hint texts?" are answered. Anything else: undefined (not ours).
 */
export async function handleMessage(message: unknown, sender: Sender, now = Date.now()): Promise<unknown> {
  const type = (message as { type?: unknown } | null)?.type;
  const tab = sender.tab?.id;
  switch (type) {
    case 'asistente:submit': {
      if (!SubmitMessage.safeParse(message).success || tab == null) return { ok: false };
      submits.set(tab, now);
      await saveSubmit(tab, now);
      return { ok: true };
    }
    case 'asistente:recent-submit':
      return { recent: RecentSubmitQuery.safeParse(message).success && (await recentSubmit(tab, now)) };
    case 'asistente:hint-texts': {
      const parsed = HintTextsQuery.safeParse(message);
      return parsed.success ? { texts: hintTexts(parsed.data.lang) } : undefined;
    }
    case 'asistente:outcome': {
      const parsed = OutcomeMessage.safeParse(message);
      if (!parsed.success || parsed.data.practice || !(await recentSubmit(tab, now))) return { ok: false };
      await saveOutcome({ outcome: parsed.data.outcome, page: parsed.data.page, at: now });
      return { ok: true };
    }
    case 'asistente:signal': {
      const msg = parseSignalMessage(message);
      if (!msg || !(await allowed(msg, sender, now))) return { ok: false };
      return { ok: (await handleSignalMessage(msg, now)) !== undefined };
    }
    default:
      return undefined;
  }
}

/** For tests: forget the submits kept in memory (a new worker). */
export function forgetSubmits(): void {
  submits.clear();
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
