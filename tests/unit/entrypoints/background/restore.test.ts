/**
 * Issue 19 §4: reminders survive a restart, reload or update. The background's own wiring
 * (entrypoints/background/index.ts) runs against fake-browser; its onStartup / onInstalled
 * listeners are fired as the browser fires them after the alarms were cleared.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../../entrypoints/background/index';
import { restoreReminders } from '../../../../entrypoints/background/logic';
import { alarmName } from '../../../../utils/progress/countdown';
import { emptyTask, type Progress } from '../../../../utils/progress/schema';
import { progressItem, readProgress } from '../../../../utils/storage/items';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

function withWaits(waits: Partial<Record<'afiliado' | 'unlock', number>>): Progress {
  const tasks: Progress['tasks'] = {};
  for (const [id, startedAt] of Object.entries(waits)) {
    tasks[id as 'afiliado' | 'unlock'] = { ...emptyTask(), startedAt: 1, updatedAt: 1, emailWait: { startedAt } };
  }
  return { v: 2, profile: 'afiliado', tasks };
}

const alarms = async () =>
  (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime] as const).sort(([a], [b]) => a.localeCompare(b));

describe('reminders after a restart, reload or update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('re-creates the alarms of a still-running wait', async () => {
    const now = Date.now();
    await progressItem.setValue(withWaits({ afiliado: now - 1 * MIN }));
    expect(await alarms()).toEqual([]); // what a reload leaves
    await restoreReminders(now);
    expect(await alarms()).toEqual([
      [alarmName('expired', 'afiliado'), now - MIN + 15 * MIN],
      [alarmName('spam', 'afiliado'), now - MIN + 2 * MIN],
    ]);
  });

  it('only the alarms still ahead: past the Spam reminder, only the expiry', async () => {
    const now = Date.now();
    await progressItem.setValue(withWaits({ afiliado: now - 5 * MIN }));
    await restoreReminders(now);
    expect(await alarms()).toEqual([[alarmName('expired', 'afiliado'), now - 5 * MIN + 15 * MIN]]);
  });

  it.each([
    ['in the future', Date.now() + 10 * DAY],
    ['far in the future', 8.64e15],
    ['more than a day ago', Date.now() - DAY - MIN],
  ])('drops a wait that started %s, keeps the rest, sets no alarm for it', async (_name, startedAt) => {
    const now = Date.now();
    await progressItem.setValue(withWaits({ afiliado: startedAt, unlock: now - 30_000 }));
    await restoreReminders(now);
    const stored = (await fakeBrowser.storage.local.get('progress')).progress as Progress;
    expect(stored.tasks.afiliado?.emailWait).toBeNull();
    expect(stored.tasks.unlock?.emailWait).toEqual({ startedAt: now - 30_000 });
    expect((await alarms()).map(([name]) => name)).toEqual([alarmName('expired', 'unlock'), alarmName('spam', 'unlock')]);
  });

  it('the background restores them on runtime.onInstalled (reload, update) and onStartup', async () => {
    // fake-browser has no runtime.onConnect (the content script's lifetime port): accepted here.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    background.main();
    const now = Date.now();
    await progressItem.setValue(withWaits({ unlock: now - 30_000 }));
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    await expect.poll(async () => (await alarms()).map(([name]) => name)).toEqual([alarmName('expired', 'unlock'), alarmName('spam', 'unlock')]);
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(async () => (await alarms()).length).toBe(2);
    expect((await readProgress()).tasks.unlock?.emailWait).toEqual({ startedAt: now - 30_000 });
  });
});
