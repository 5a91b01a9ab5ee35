/**
 * Session-only memory of the background (storage.session: gone when the browser closes, never on
 * disk in Chrome): which tabs submitted a form and when (issue 19: `email-sent` and
 * `clave-created` are accepted only shortly after the person's own submit, also on the page that
 * submit loads), and the last portal message understood (issue 16: the popup shows what to do
 * next). Only the background writes; the popup reads the outcome. Read through zod: anything
 * else reads as empty. No values, only ids and times.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { PageKind, PortalOutcome } from '../messaging';

export const LastOutcome = z.object({ outcome: PortalOutcome, page: PageKind, at: z.number().check(z.positive()) });
export type LastOutcome = z.infer<typeof LastOutcome>;

const Submits = z.record(z.string().check(z.regex(/^\d+$/)), z.number());
const SUBMITS_MAX = 50;

const outcomeItem = storage.defineItem<unknown>('session:outcome');
const submitsItem = storage.defineItem<unknown>('session:submits');

function parseOutcome(v: unknown): LastOutcome | null {
  const r = LastOutcome.safeParse(v);
  return r.success ? r.data : null;
}

export async function readOutcome(): Promise<LastOutcome | null> {
  return parseOutcome(await outcomeItem.getValue().catch(() => null));
}

export async function saveOutcome(o: LastOutcome): Promise<void> {
  await outcomeItem.setValue(o);
}

export function watchOutcome(cb: (o: LastOutcome | null) => void): () => void {
  return outcomeItem.watch((v) => cb(parseOutcome(v)));
}

export async function readSubmits(): Promise<Record<string, number>> {
  const r = Submits.safeParse(await submitsItem.getValue().catch(() => null));
  return r.success ? r.data : {};
}

/** Notes `tab` submitted at `at`, keeping the most recent tabs only. */
export async function saveSubmit(tab: number, at: number): Promise<void> {
  const all = { ...(await readSubmits()), [String(tab)]: at };
  const kept = Object.entries(all)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SUBMITS_MAX);
  await submitsItem.setValue(Object.fromEntries(kept));
}
