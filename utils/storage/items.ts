/**
 * `storage.local` items (versioned with @wxt-dev/storage). Every read goes through the zod
 * schemas in ./schema and the clock check in ../progress/sane: corrupt or old data reads as
 * empty and is never trusted, and no stored time lies in the future.
 * Practice progress is kept apart from real progress. A write that fails (storage full) never
 * rejects: what was stored stays, and `onWriteFailed` listeners hear of it (the popup says so).
 */
import { storage } from 'wxt/utils/storage';
import { cleanProgress } from '../progress/logic';
import { PROGRESS_VERSION, emptyProgress, parseProgress, type Progress } from '../progress/schema';
import { WAIT_MAX_AGE_MS, saneProgress } from '../progress/sane';
import { PREFS_VERSION, parsePrefs, type Prefs } from './schema';
import { PRACTICE_PROGRESS_KEY, PREFS_KEY, PROGRESS_KEY } from './keys';

/**
 * v1 → v2: the single-task progress becomes that task's entry (nothing lost; corrupt → empty).
 * `parseProgress`, not `migrateProgressV1`: a value stored without its version mark (written
 * raw) that is already v2 must come through as it is.
 */
const PROGRESS_OPTIONS = { version: PROGRESS_VERSION, migrations: { 2: parseProgress } };

export const progressItem = storage.defineItem<unknown>(PROGRESS_KEY, PROGRESS_OPTIONS);
const practiceProgressItem = storage.defineItem<unknown>(PRACTICE_PROGRESS_KEY, PROGRESS_OPTIONS);
const prefsItem = storage.defineItem<unknown>(PREFS_KEY, { version: PREFS_VERSION });

function progressItemFor(practice: boolean) {
  return practice ? practiceProgressItem : progressItem;
}

async function safeGet(item: { getValue(): Promise<unknown> }): Promise<unknown> {
  try {
    return await item.getValue();
  } catch {
    return undefined;
  }
}

/** Stored value → progress that can be trusted now. */
const readable = (value: unknown) => saneProgress(cleanProgress(parseProgress(value)), Date.now());

export async function readProgress(practice = false): Promise<Progress> {
  return readable(await safeGet(progressItemFor(practice)));
}

const failed = new Set<(error: unknown) => void>();

/** Hears of every storage write that failed (the value stored before stays). Returns "stop". */
export function onWriteFailed(cb: (error: unknown) => void): () => void {
  failed.add(cb);
  return () => failed.delete(cb);
}

/** Writes; false (and the listeners told) when the browser refused. Never rejects. */
async function write(item: { setValue(v: unknown): Promise<void> }, value: unknown): Promise<boolean> {
  try {
    await item.setValue(value);
    return true;
  } catch (error) {
    for (const cb of failed) cb(error);
    return false;
  }
}

function writeProgress(p: Progress, practice = false): Promise<boolean> {
  return write(progressItemFor(practice), p);
}

let queue: Promise<unknown> = Promise.resolve();

/** One read-change-write at a time in this context. */
function queued<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Read, change, write; one at a time in this context, so signals arriving together (the content
 * script sends several in a row) do not overwrite each other. Returns the progress as stored:
 * the new one, or the one before when the write failed.
 */
export function updateProgress(change: (p: Progress) => Progress, practice = false): Promise<Progress> {
  return queued(async () => {
    const before = await readProgress(practice);
    const after = change(before);
    if (after === before) return before;
    return (await writeProgress(after, practice)) ? after : before;
  });
}

export async function readPrefs(): Promise<Prefs> {
  return parsePrefs(await safeGet(prefsItem));
}

/** Returns the preferences as stored: the new ones, or the ones before when the write failed. */
export async function updatePrefs(change: Partial<Omit<Prefs, 'v'>>): Promise<Prefs> {
  const before = await readPrefs();
  const next: Prefs = { ...before, ...change, v: PREFS_VERSION };
  return (await write(prefsItem, next)) ? next : before;
}

/** Every task's progress (and its reminders) gone; preferences stay. The popup's "Empezar de
 * nuevo" clears one task only (utils/progress/logic.ts `startOverTask`). */
export async function resetProgress(practice = false): Promise<void> {
  await writeProgress(emptyProgress(), practice);
}

/**
 * The stored real progress without waits that cannot be running (started in the future or more
 * than a day ago) and without future times, written back when that changed anything (after a
 * restart or an update). Returns it.
 */
export function repairProgress(now = Date.now()): Promise<Progress> {
  return queued(async () => {
    const stored = cleanProgress(parseProgress(await safeGet(progressItem)));
    const sane = saneProgress(stored, now, WAIT_MAX_AGE_MS);
    return sane === stored || (await writeProgress(sane)) ? sane : stored;
  });
}

export function watchProgress(cb: (p: Progress) => void, practice = false): () => void {
  return progressItemFor(practice).watch((value) => cb(readable(value)));
}

export function watchPrefs(cb: (p: Prefs) => void): () => void {
  return prefsItem.watch((value) => cb(parsePrefs(value)));
}

export type { Prefs, Progress };
