/**
 * The reminders' notifications, for every browser the extension runs in. Firefox for Android has
 * `notifications` with the basic type only (no buttons, no requireInteraction), and a browser or a
 * person can turn notifications off: the API may be missing, throw, or reject. A reminder that
 * cannot be shown is dropped quietly; it never stops the alarms, the countdown or the progress.
 */
import { browser } from 'wxt/browser';

/** What a reminder says: the basic type's fields only (what Firefox for Android shows). */
export interface BasicNotice {
  iconUrl: string;
  title: string;
  message: string;
}

type NotificationsApi = Pick<typeof browser.notifications, 'create' | 'clear'>;

/** The notifications API if this browser has it, found at run time (undefined otherwise). */
function api(): NotificationsApi | undefined {
  const n = (browser as { notifications?: Partial<NotificationsApi> }).notifications;
  return typeof n?.create === 'function' && typeof n.clear === 'function' ? (n as NotificationsApi) : undefined;
}

/** Shows a basic notification; true when the browser took it, false when it could not. Never throws. */
export async function showNotice(id: string, notice: BasicNotice): Promise<boolean> {
  try {
    const n = api();
    if (!n) return false;
    await n.create(id, { type: 'basic', iconUrl: notice.iconUrl, title: notice.title, message: notice.message });
    return true;
  } catch {
    return false;
  }
}

/** Removes a notification if there is one; false when there was none or no API. Never throws. */
export async function clearNotice(id: string): Promise<boolean> {
  try {
    const n = api();
    return n ? await n.clear(id) : false;
  } catch {
    return false;
  }
}
