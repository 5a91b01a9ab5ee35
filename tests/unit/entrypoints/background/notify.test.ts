/**
 * Firefox for Android (issue 18): a notification that cannot be shown (no API, a throw, a
 * rejection) never breaks the countdown: the alarms are still set, the alarm handler still ends.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAlarm, handleSignalMessage, notificationId, syncReminders } from '../../../../entrypoints/background/logic';
import { clearNotice, showNotice } from '../../../../entrypoints/background/notify';
import { alarmName } from '../../../../utils/progress/countdown';

const NOW = Date.now();
const signal = { type: 'asistente:signal', signal: 'email-sent', page: 'unlock', at: NOW, practice: false };
const notice = { iconUrl: '/icon/128.png', title: 't', message: 'm' };

/** The three ways a browser can fail to show one. */
const failures = {
  'has no notifications API': () => vi.spyOn(fakeBrowser, 'notifications', 'get').mockReturnValue(undefined as never),
  'throws at once': () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(() => {
      throw new Error('not supported');
    });
    vi.spyOn(fakeBrowser.notifications, 'clear').mockImplementation(() => {
      throw new Error('not supported');
    });
  },
  'rejects': () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('blocked by the person'));
    vi.spyOn(fakeBrowser.notifications, 'clear').mockRejectedValue(new Error('blocked by the person'));
  },
};

describe('notify', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('shows a basic notification (no buttons, no requireInteraction) and clears it', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await showNotice('a', notice)).toBe(true);
    expect(create).toHaveBeenCalledWith('a', { type: 'basic', ...notice });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['a']);
    expect(await clearNotice('a')).toBe(true);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  for (const [name, fail] of Object.entries(failures)) {
    describe(`when the browser ${name}`, () => {
      beforeEach(() => fail());

      it('showNotice and clearNotice answer false instead of throwing', async () => {
        expect(await showNotice('a', notice)).toBe(false);
        expect(await clearNotice('a')).toBe(false);
      });

      it('the alarm still ends with the reminder text, and the countdown keeps its alarms', async () => {
        const p = await handleSignalMessage(signal, NOW);
        await syncReminders(p!, null, NOW);
        expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(
          [alarmName('expired', 'unlock'), alarmName('spam', 'unlock')].sort(),
        );
        await expect(handleAlarm({ name: alarmName('spam', 'unlock') })).resolves.toMatch(/Spam/);
        // The wait ends (notification clear fails too): its alarms still go.
        const done = await handleSignalMessage({ ...signal, signal: 'unlocked', at: NOW + 1000 }, NOW + 1000);
        await syncReminders(done!, p, NOW + 1000);
        expect(await fakeBrowser.alarms.getAll()).toEqual([]);
      });
    });
  }

  it('uses the same id per task as before', () => {
    expect(notificationId('unlock')).toBe('asistente:email:unlock');
  });
});
