/**
 * Pure progress logic: page signals and hand ticks in, new progress out. No browser APIs here, so
 * the background, the popup and the tests share it.
 */
import type { StepSignalMessage } from '../messaging';
import type { EmailWait, Progress } from '../storage/schema';
import { emptyProgress } from '../storage/schema';
import { emailStep, getProfile, inferProfile, profileOfStep, getStep, isStepId } from './index';
import type { ProfileId } from './task-schema';

/** Reminder "check Spam" after this long without the email being opened. */
export const SPAM_REMINDER_MS = 2 * 60_000;

function stamp(at: number, now: number): number {
  return Number.isFinite(at) && at > 0 ? Math.min(at, now) : now;
}

/** Drops step ids that are not in the table any more (an older table). */
export function cleanProgress(p: Progress): Progress {
  const done = Object.fromEntries(Object.entries(p.done).filter(([id]) => isStepId(id)));
  return Object.keys(done).length === Object.keys(p.done).length ? p : { ...p, done };
}

/** Whether an email wait is still running (its link not yet expired), or has no known expiry. */
export function waitIsLive(wait: EmailWait | null, now: number): boolean {
  if (!wait) return false;
  const minutes = emailStep(getProfile(wait.flow))?.email?.linkMinutes;
  return minutes == null ? now - wait.startedAt < 60 * 60_000 : now < wait.startedAt + minutes * 60_000;
}

/**
 * A page signal: ticks every step of the profile whose table entry lists the signal. With no
 * profile chosen, the page kind picks one. Signals from pages the profile does not apply to are
 * ignored. `email-sent` starts the email wait (unless one is already running for this flow).
 */
export function applySignal(p: Progress, msg: StepSignalMessage, now: number): Progress {
  const profileId = p.profile ?? inferProfile(msg.page);
  if (!profileId) return p;
  const profile = getProfile(profileId);
  if (!profile.pages.includes(msg.page)) return p;
  const at = stamp(msg.at, now);
  const hits = profile.steps.filter((s) => s.signals?.includes(msg.signal));
  const fresh = hits.filter((s) => p.done[s.id] == null);

  let emailWait = p.emailWait;
  if (msg.signal === 'email-sent' && emailStep(profile)) {
    const running = emailWait?.flow === profileId && waitIsLive(emailWait, now);
    if (!running) emailWait = { flow: profileId, startedAt: at };
  }
  if (fresh.some((s) => s.endsEmailWait) && emailWait?.flow === profileId) emailWait = null;

  if (!fresh.length && emailWait === p.emailWait && p.profile === profileId) return p;
  const done = { ...p.done };
  for (const s of fresh) done[s.id] = at;
  return { ...p, profile: profileId, done, emailWait, startedAt: p.startedAt ?? at, updatedAt: at };
}

/** A tick or untick by hand in the popup. */
export function setStepDone(p: Progress, stepId: string, isDone: boolean, now: number): Progress {
  const profile = profileOfStep(stepId);
  const step = getStep(stepId);
  if (!profile || !step) return p;
  const done = { ...p.done };
  let emailWait = p.emailWait;
  if (isDone) {
    done[stepId] = done[stepId] ?? now;
    if (step.email && !(emailWait?.flow === profile.id && waitIsLive(emailWait, now))) {
      emailWait = { flow: profile.id, startedAt: now };
    }
    if (step.endsEmailWait && emailWait?.flow === profile.id) emailWait = null;
  } else {
    delete done[stepId];
    if (step.email && emailWait?.flow === profile.id) emailWait = null;
  }
  return { ...p, profile: p.profile ?? profile.id, done, emailWait, startedAt: p.startedAt ?? now, updatedAt: now };
}

/** Picks (or changes) the task. A pending email wait of another task is dropped. */
export function chooseProfile(p: Progress, id: ProfileId | null, now: number): Progress {
  if (p.profile === id) return p;
  const emailWait = p.emailWait && p.emailWait.flow === id ? p.emailWait : null;
  return { ...p, profile: id, emailWait, startedAt: p.startedAt ?? now, updatedAt: now };
}

export function startOver(): Progress {
  return emptyProgress();
}

/** Step ids of a profile that are done, in table order. */
export function doneSteps(p: Progress, id: ProfileId): string[] {
  return getProfile(id)
    .steps.filter((s) => p.done[s.id] != null)
    .map((s) => s.id);
}
