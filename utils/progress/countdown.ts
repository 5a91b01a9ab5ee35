/** Countdown math for the emailed link. Pure: time goes in as a number. */
import type { EmailWait } from './schema';
import { PROFILE_IDS, emailStep, getProfile, type ProfileId } from '../flows';

/** Reminder "check Spam" after this long without the email being opened. */
const SPAM_REMINDER_MS = 2 * 60_000;

export interface Countdown {
  /** Link validity in minutes, when known. */
  linkMinutes?: number;
  /** Milliseconds left (0 when expired); undefined when the validity is unknown. */
  remainingMs?: number;
  expired: boolean;
  /** "mm:ss" of the time left. */
  clock?: string;
  /**
   * Whole minutes left, rounded up: what the polite live region says. It changes at most once a
   * minute, so the announcement does too. 0 once expired.
   */
  minutesLeft?: number;
  /** Two minutes have passed: time to suggest Spam / Promotions. */
  spamHint: boolean;
  elapsedMs: number;
}

export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function countdown(startedAt: number, linkMinutes: number | undefined, now: number): Countdown {
  const elapsedMs = Math.max(0, now - startedAt);
  const spamHint = elapsedMs >= SPAM_REMINDER_MS;
  if (linkMinutes == null) return { expired: false, spamHint, elapsedMs };
  const remainingMs = Math.max(0, startedAt + linkMinutes * 60_000 - now);
  return {
    linkMinutes,
    remainingMs,
    expired: remainingMs === 0,
    clock: clock(remainingMs),
    minutesLeft: Math.ceil(remainingMs / 60_000),
    spamHint,
    elapsedMs,
  };
}

export function waitCountdown(wait: EmailWait, now: number): Countdown {
  return countdown(wait.startedAt, emailStep(getProfile(wait.flow))?.email?.linkMinutes, now);
}

/** Prefixes of the reminder alarms; each task's wait has its own: `asistente:email-spam:unlock`. */
export const ALARM_SPAM = 'asistente:email-spam';
export const ALARM_EXPIRED = 'asistente:email-expired';
export type AlarmKind = 'spam' | 'expired';

/** The name of one task's reminder alarm, so each task's wait keeps its own alarms. */
export function alarmName(kind: AlarmKind, flow: ProfileId): string {
  return `${kind === 'spam' ? ALARM_SPAM : ALARM_EXPIRED}:${flow}`;
}

/** Which reminder and task an alarm name is for; null for anyone else's alarm. */
export function parseAlarmName(name: string): { kind: AlarmKind; flow: ProfileId } | null {
  for (const kind of ['spam', 'expired'] as const) {
    for (const flow of PROFILE_IDS) if (alarmName(kind, flow) === name) return { kind, flow };
  }
  return null;
}

/** The alarms an email wait needs from `now` on: the Spam reminder and the expiry, if ahead. */
export function reminderAlarms(wait: EmailWait | null, now: number): { name: string; when: number }[] {
  if (!wait) return [];
  const out: { name: string; when: number }[] = [];
  const spamAt = wait.startedAt + SPAM_REMINDER_MS;
  const minutes = emailStep(getProfile(wait.flow))?.email?.linkMinutes;
  const expireAt = minutes == null ? undefined : wait.startedAt + minutes * 60_000;
  // The Spam hint only makes sense while the link is still valid.
  if (spamAt > now && (expireAt == null || spamAt < expireAt)) out.push({ name: alarmName('spam', wait.flow), when: spamAt });
  if (expireAt != null && expireAt > now) out.push({ name: alarmName('expired', wait.flow), when: expireAt });
  return out;
}

/** How long after the link expired the popup still shows the "expired, do this" panel. */
const EXPIRED_PANEL_MS = 30 * 60_000;

/** Whether the popup shows the email panel for this wait (not days later). */
export function waitVisible(wait: EmailWait | null, now: number): wait is EmailWait {
  if (!wait) return false;
  const minutes = emailStep(getProfile(wait.flow))?.email?.linkMinutes ?? 60;
  return now - wait.startedAt < minutes * 60_000 + EXPIRED_PANEL_MS;
}
