/**
 * Stored times read against the clock (pure: `now` goes in). The schema already refuses
 * non-numbers, NaN, infinities and negatives; here a stored time after `now` cannot be real
 * (a clock set back, or a hand-edited store): step times and task times are capped at `now`,
 * and an email wait that starts in the future is dropped, so a countdown never reads
 * "vence en 143970067218:49". Reminders also drop waits older than a day (see `waitPossible`).
 */
import type { Progress, TaskProgress } from './schema';
import type { ProfileId } from '../flows/task-schema';

/** Clock differences this small are not "the future". */
const SKEW_MS = 60_000;
/** No emailed link lives this long: a wait older than this is over, whatever was stored. */
export const WAIT_MAX_AGE_MS = 24 * 60 * 60_000;

/** Whether a wait that started at `startedAt` could still be running at `now`. */
export function waitPossible(startedAt: number, now: number, maxAgeMs = WAIT_MAX_AGE_MS): boolean {
  return Number.isFinite(startedAt) && startedAt >= 0 && startedAt <= now + SKEW_MS && now - startedAt <= maxAgeMs;
}

const cap = (at: number | null, now: number) => (at != null && at > now ? now : at);

/**
 * `p` with every stored time in range at `now`; the same object when nothing was out of range.
 * `maxWaitAgeMs`: waits older than this are dropped too (reading keeps old waits: the popup
 * stops showing them by itself; the reminders' restore drops them after a day).
 */
export function saneProgress(p: Progress, now: number, maxWaitAgeMs = Infinity): Progress {
  let changed = false;
  const tasks: Progress['tasks'] = {};
  for (const [id, task] of Object.entries(p.tasks) as [ProfileId, TaskProgress][]) {
    const done: Record<string, number> = {};
    for (const [step, at] of Object.entries(task.done)) done[step] = cap(at, now)!;
    const wait = task.emailWait && waitPossible(task.emailWait.startedAt, now, maxWaitAgeMs) ? task.emailWait : null;
    const next = { done, startedAt: cap(task.startedAt, now), updatedAt: cap(task.updatedAt, now), emailWait: wait };
    const same =
      next.emailWait === task.emailWait &&
      next.startedAt === task.startedAt &&
      next.updatedAt === task.updatedAt &&
      Object.entries(task.done).every(([step, at]) => done[step] === at);
    if (!same) changed = true;
    tasks[id] = same ? task : next;
  }
  return changed ? { ...p, tasks } : p;
}
