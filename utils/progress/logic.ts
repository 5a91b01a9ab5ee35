/**
 * Pure progress logic: page signals and hand ticks in, new progress out. Progress is kept per
 * task: looking at another task never deletes anything; only `startOverTask` clears (one task).
 * No browser APIs here, so the background, the popup and the tests share it.
 */
import type { StepSignalMessage } from '../messaging';
import { emailStep, getProfile, getStep, inferProfile, isStepId, profileOfStep } from '../flows';
import type { Profile, ProfileId, Step } from '../flows';
import { emptyTask, type EmailWait, type Progress, type TaskProgress } from './schema';

function stamp(at: number, now: number): number {
  return Number.isFinite(at) && at > 0 ? Math.min(at, now) : now;
}

/** A task's entry (empty when it has none yet). */
export function taskOf(p: Progress, id: ProfileId): TaskProgress {
  return p.tasks[id] ?? emptyTask();
}

function withTask(p: Progress, id: ProfileId, task: TaskProgress): Progress {
  return { ...p, tasks: { ...p.tasks, [id]: task } };
}

/** Drops step ids that are not in the table any more (an older table) or not of their task. */
export function cleanProgress(p: Progress): Progress {
  let changed = false;
  const tasks: Progress['tasks'] = {};
  for (const [id, task] of Object.entries(p.tasks) as [ProfileId, TaskProgress][]) {
    const done = Object.fromEntries(
      Object.entries(task.done).filter(([s]) => isStepId(s) && profileOfStep(s)?.id === id),
    );
    if (Object.keys(done).length !== Object.keys(task.done).length) changed = true;
    tasks[id] = { ...task, done };
  }
  return changed ? { ...p, tasks } : p;
}

/** The email wait of one task, with its task id (what countdowns and alarms work on). */
export function waitOf(p: Progress, id: ProfileId): EmailWait | null {
  const w = p.tasks[id]?.emailWait;
  return w ? { flow: id, startedAt: w.startedAt } : null;
}

/** Every task's email wait. */
function allWaits(p: Progress): EmailWait[] {
  return (Object.keys(p.tasks) as ProfileId[]).map((id) => waitOf(p, id)).filter((w): w is EmailWait => w != null);
}

/** The most recently started email wait of any task: the one the background reminds about. */
export function latestWait(p: Progress): EmailWait | null {
  return allWaits(p).reduce<EmailWait | null>((a, w) => (!a || w.startedAt > a.startedAt ? w : a), null);
}

/** Whether an email wait is still running (its link not yet expired), or has no known expiry. */
export function waitIsLive(wait: EmailWait | null, now: number): boolean {
  if (!wait) return false;
  const minutes = emailStep(getProfile(wait.flow))?.email?.linkMinutes;
  return minutes == null ? now - wait.startedAt < 60 * 60_000 : now < wait.startedAt + minutes * 60_000;
}

/**
 * A page signal: ticks every step of the task whose table entry lists the signal. With no task
 * shown, the page kind picks one. Signals from pages the task does not apply to are ignored.
 * `email-sent` starts the task's email wait (unless one is already running).
 */
export function applySignal(p: Progress, msg: StepSignalMessage, now: number): Progress {
  const profileId = p.profile ?? inferProfile(msg.page);
  if (!profileId) return p;
  const profile = getProfile(profileId);
  if (!profile.pages.includes(msg.page)) return p;
  const at = stamp(msg.at, now);
  const task = taskOf(p, profileId);
  const fresh = profile.steps.filter((s) => s.signals?.includes(msg.signal) && task.done[s.id] == null);

  let emailWait = task.emailWait;
  if (msg.signal === 'email-sent' && emailStep(profile) && !waitIsLive(waitOf(p, profileId), now)) {
    emailWait = { startedAt: at };
  }
  if (fresh.some((s) => s.endsEmailWait)) emailWait = null;

  if (!fresh.length && emailWait === task.emailWait && p.profile === profileId) return p;
  const done = { ...task.done };
  for (const s of fresh) done[s.id] = at;
  const next = withTask(p, profileId, { done, emailWait, startedAt: task.startedAt ?? at, updatedAt: at });
  return { ...next, profile: profileId };
}

/** A tick or untick by hand in the popup. */
export function setStepDone(p: Progress, stepId: string, isDoneNow: boolean, now: number): Progress {
  const profile = profileOfStep(stepId);
  const step = getStep(stepId);
  if (!profile || !step) return p;
  const task = taskOf(p, profile.id);
  const done = { ...task.done };
  let emailWait = task.emailWait;
  if (isDoneNow) {
    done[stepId] = done[stepId] ?? now;
    if (step.email && !waitIsLive(waitOf(p, profile.id), now)) emailWait = { startedAt: now };
    if (step.endsEmailWait) emailWait = null;
  } else {
    delete done[stepId];
    if (step.email) emailWait = null;
  }
  const next = withTask(p, profile.id, { done, emailWait, startedAt: task.startedAt ?? now, updatedAt: now });
  return { ...next, profile: p.profile ?? profile.id };
}

/** Shows another task (or the chooser). Changes nothing else: every task keeps its progress. */
export function chooseProfile(p: Progress, id: ProfileId | null, _now?: number): Progress {
  return p.profile === id ? p : { ...p, profile: id };
}

/** "Empezar de nuevo" (after the person confirmed): clears that task only; back to the chooser. */
export function startOverTask(p: Progress, id: ProfileId): Progress {
  const tasks = { ...p.tasks };
  delete tasks[id];
  return { ...p, profile: p.profile === id ? null : p.profile, tasks };
}

/** The email step and every step after it: what the emailed link is needed for. */
function emailSteps(profile: Profile): Step[] {
  const i = profile.steps.findIndex((s) => s.email);
  return i < 0 ? [] : profile.steps.slice(i);
}

/** The link expired and the person said "Sí": the email steps are not done, the wait is over. */
export function unmarkEmailSteps(p: Progress, id: ProfileId, now: number): Progress {
  const task = taskOf(p, id);
  const done = { ...task.done };
  for (const s of emailSteps(getProfile(id))) delete done[s.id];
  return withTask(p, id, { ...task, done, emailWait: null, updatedAt: now });
}

/** The step the person is on: the first one not done (undefined when all are done). */
export function currentStep(p: Progress, profile: Profile): Step | undefined {
  const task = taskOf(p, profile.id);
  return profile.steps.find((s) => task.done[s.id] == null);
}


/**
 * What the chooser says of a task: `waiting` while its emailed link is still valid (the countdown
 * runs), `started` when some steps are done but not all, null when untouched or finished.
 */
export type TaskStatus = 'waiting' | 'started' | null;
export function taskStatus(p: Progress, id: ProfileId, now: number): TaskStatus {
  if (waitIsLive(waitOf(p, id), now)) return 'waiting';
  const profile = getProfile(id);
  const task = taskOf(p, id);
  const done = profile.steps.filter((s) => task.done[s.id] != null).length;
  return done > 0 && done < profile.steps.length ? 'started' : null;
}
