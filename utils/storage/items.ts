/**
 * `storage.local` items (versioned with @wxt-dev/storage). Every read goes through the zod
 * schemas in ./schema: corrupt or old data reads as empty and is never trusted.
 * Practice progress is kept apart from real progress.
 */
import { storage } from 'wxt/utils/storage';
import { cleanProgress } from '../progress/logic';
import { PROGRESS_VERSION, emptyProgress, parseProgress, type Progress } from '../progress/schema';
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

export async function readProgress(practice = false): Promise<Progress> {
  return cleanProgress(parseProgress(await safeGet(progressItemFor(practice))));
}

async function writeProgress(p: Progress, practice = false): Promise<void> {
  await progressItemFor(practice).setValue(p);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read, change, write; one at a time in this context, so signals arriving together (the content
 * script sends several in a row) do not overwrite each other. Returns the new progress.
 */
export function updateProgress(change: (p: Progress) => Progress, practice = false): Promise<Progress> {
  const run = queue.then(async () => {
    const before = await readProgress(practice);
    const after = change(before);
    if (after !== before) await writeProgress(after, practice);
    return after;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function readPrefs(): Promise<Prefs> {
  return parsePrefs(await safeGet(prefsItem));
}

export async function updatePrefs(change: Partial<Omit<Prefs, 'v'>>): Promise<Prefs> {
  const next: Prefs = { ...(await readPrefs()), ...change, v: PREFS_VERSION };
  await prefsItem.setValue(next);
  return next;
}

/** Every task's progress (and its reminders) gone; preferences stay. The popup's "Empezar de
 * nuevo" clears one task only (utils/progress/logic.ts `startOverTask`). */
export async function resetProgress(practice = false): Promise<void> {
  await writeProgress(emptyProgress(), practice);
}

export function watchProgress(cb: (p: Progress) => void, practice = false): () => void {
  return progressItemFor(practice).watch((value) => cb(cleanProgress(parseProgress(value))));
}

export function watchPrefs(cb: (p: Prefs) => void): () => void {
  return prefsItem.watch((value) => cb(parsePrefs(value)));
}

export type { Prefs, Progress };
