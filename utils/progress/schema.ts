/**
 * The stored progress, in ONE place: its zod schema, its type, the empty value and the v1 → v2
 * migration. What is stored and nothing else: per task, step ids done with their time, the email
 * wait's start time, and which task is shown. Never a cédula, email, phone or clave.
 * Anything that does not parse (corrupt, foreign, from the future) reads as empty.
 */
import * as z from 'zod/mini';
import { PROFILE_IDS, type ProfileId } from '../flows/task-schema';

/** v1: one task at a time (changing task dropped the other's countdown). v2: progress per task. */
export const PROGRESS_VERSION = 2;

const Time = z.number().check(z.nonnegative());
const StepId = z.string().check(z.regex(/^[a-z]+\.[a-z-]+$/));
const Profile = z.enum(PROFILE_IDS);

/** A running email wait, with the task it belongs to (what countdowns and alarms work on). */
export const EmailWait = z.object({ flow: Profile, startedAt: Time });
export type EmailWait = z.infer<typeof EmailWait>;

export const TaskProgressSchema = z.object({
  /** Step id → time it was ticked (ms since epoch). */
  done: z.record(StepId, Time),
  startedAt: z.nullable(Time),
  updatedAt: z.nullable(Time),
  /** The emailed link's wait for this task: start time only. */
  emailWait: z.nullable(z.object({ startedAt: Time })),
});
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

export const ProgressSchema = z.object({
  v: z.literal(PROGRESS_VERSION),
  /** The task shown in the popup; the others keep their entries untouched. */
  profile: z.nullable(Profile),
  tasks: z.partialRecord(Profile, TaskProgressSchema),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** What version 1 stored (single task); read only to migrate it. */
const ProgressV1Schema = z.object({
  v: z.literal(1),
  profile: z.nullable(Profile),
  done: z.record(StepId, Time),
  startedAt: z.nullable(Time),
  updatedAt: z.nullable(Time),
  emailWait: z.nullable(EmailWait),
});

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, profile: null, tasks: {} };
}

export function emptyTask(): TaskProgress {
  return { done: {}, startedAt: null, updatedAt: null, emailWait: null };
}

const profileOfId = (stepId: string): ProfileId | undefined => {
  const head = stepId.slice(0, stepId.indexOf('.'));
  return (PROFILE_IDS as readonly string[]).includes(head) ? (head as ProfileId) : undefined;
};

/**
 * v1 → v2: each done step goes to its own task's entry (step ids start with their task id), the
 * email wait to its task; each entry keeps the old start/update times. Nothing is lost. Not v1 → empty.
 */
export function migrateProgressV1(value: unknown): Progress {
  const old = ProgressV1Schema.safeParse(value);
  if (!old.success) return emptyProgress();
  const { profile, done, startedAt, updatedAt, emailWait } = old.data;
  const tasks: Progress['tasks'] = {};
  const entry = (id: ProfileId) => (tasks[id] ??= { ...emptyTask(), done: {}, startedAt, updatedAt });
  for (const [stepId, at] of Object.entries(done)) {
    const id = profileOfId(stepId);
    if (id) entry(id).done[stepId] = at;
  }
  if (profile) entry(profile);
  if (emailWait) entry(emailWait.flow).emailWait = { startedAt: emailWait.startedAt };
  return { v: PROGRESS_VERSION, profile, tasks };
}

/** Stored value → progress: v2 as is, v1 migrated, anything else empty. Never throws. */
export function parseProgress(value: unknown): Progress {
  const parsed = ProgressSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return migrateProgressV1(value);
}
