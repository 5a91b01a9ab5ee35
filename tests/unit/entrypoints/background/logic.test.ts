import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleAlarm,
  notificationId,
  handleSignalMessage,
  syncReminders,
} from '../../../../entrypoints/background/logic';
import { ALARM_EXPIRED, ALARM_SPAM, alarmName } from '../../../../utils/progress/countdown';
import { chooseProfile, latestWait } from '../../../../utils/progress/logic';
import { readProgress, updatePrefs, updateProgress } from '../../../../utils/storage/items';

const NOW = Date.now();
const msg = (over: Record<string, unknown> = {}) => ({
  type: 'asistente:signal',
  signal: 'email-sent',
  page: 'generate',
  at: NOW,
  practice: false,
  ...over,
});

describe('background logic', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a valid signal ticks steps in real progress', async () => {
    await handleSignalMessage(msg(), NOW);
    const p = await readProgress();
    expect(p.profile).toBe('afiliado');
    expect(p.tasks.afiliado?.done['afiliado.email']).toBe(NOW);
    expect(latestWait(p)).toEqual({ flow: 'afiliado', startedAt: NOW });
  });

  it('a practice signal goes to practice progress only', async () => {
    await handleSignalMessage(msg({ practice: true, signal: 'portal-opened', page: 'unlock' }), NOW);
    expect((await readProgress()).tasks).toEqual({});
    expect((await readProgress(true)).tasks.unlock?.done).toEqual({ 'unlock.open': NOW });
  });

  it('ignores malformed messages and never stores extra fields', async () => {
    expect(await handleSignalMessage(msg({ signal: 'nope' }), NOW)).toBeUndefined();
    expect(await handleSignalMessage('hello', NOW)).toBeUndefined();
    await handleSignalMessage(msg({ value: '1714307103', email: 'ana@example.com' }), NOW);
    const all = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(all).not.toContain('1714307103');
    expect(all).not.toContain('example.com');
  });

  it('schedules the Spam reminder and the expiry when the email wait starts, clears them when it ends', async () => {
    const p = await handleSignalMessage(msg({ page: 'unlock' }), NOW);
    await syncReminders(p!, null, NOW);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([
      [alarmName('spam', 'unlock'), NOW + 2 * 60_000],
      [alarmName('expired', 'unlock'), NOW + 3 * 60_000],
    ]);
    const q = await handleSignalMessage(msg({ page: 'unlock', signal: 'unlocked' }), NOW + 1000);
    expect(latestWait(q!)).toBeNull();
    await syncReminders(q!, p, NOW + 1000);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('does not touch alarms when the wait did not change', async () => {
    const p = await handleSignalMessage(msg(), NOW);
    await syncReminders(p!, null, NOW);
    await fakeBrowser.alarms.clearAll();
    await syncReminders({ ...p!, profile: null }, p, NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('notifies in the browser language, with the icon', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-EC', 'es']);
    await handleSignalMessage(msg(), NOW);
    const text = await handleAlarm({ name: alarmName('spam', 'afiliado') });
    expect(text).toMatch(/Spam, Promociones y Correo no deseado/);
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, { iconUrl: string; title: string }>;
    expect(all[notificationId('afiliado')]!.iconUrl).toMatch(/\/icon\/128\.png$/);
  });

  it('notifies in the stored language and says what to do after expiry', async () => {
    await updatePrefs({ lang: 'en' });
    await handleSignalMessage(msg({ page: 'unlock' }), NOW);
    expect(await handleAlarm({ name: alarmName('expired', 'unlock') })).toMatch(/Ask for the unlock again/);
  });

  it('stays quiet when the wait is over or for other alarms', async () => {
    expect(await handleAlarm({ name: alarmName('spam', 'afiliado') })).toBeUndefined();
    await handleSignalMessage(msg(), NOW);
    expect(await handleAlarm({ name: 'someone-else' })).toBeUndefined();
    // An alarm of a task with no wait stays quiet even while another task waits.
    expect(await handleAlarm({ name: alarmName('spam', 'unlock') })).toBeUndefined();
  });

  it('an alarm named by an older version (one for all tasks) still reminds of the latest wait', async () => {
    await updatePrefs({ lang: 'en' });
    await handleSignalMessage(msg({ page: 'unlock' }), NOW);
    expect(await handleAlarm({ name: ALARM_EXPIRED })).toMatch(/Ask for the unlock again/);
    expect(await handleAlarm({ name: ALARM_SPAM })).toMatch(/Spam/);
  });

  it('each task keeps its own reminders: a second wait does not drop the first', async () => {
    const a = await handleSignalMessage(msg(), NOW);
    await syncReminders(a!, null, NOW);
    // The person looks at another task and starts its wait too.
    await updateProgress((p) => chooseProfile(p, 'unlock'));
    const b = await handleSignalMessage(msg({ page: 'unlock', at: NOW + 30_000 }), NOW + 30_000);
    await syncReminders(b!, a, NOW + 30_000);
    const names = (await fakeBrowser.alarms.getAll()).map((x) => [x.name, x.scheduledTime]);
    expect(names).toEqual(
      expect.arrayContaining([
        [alarmName('spam', 'afiliado'), NOW + 2 * 60_000],
        [alarmName('expired', 'afiliado'), NOW + 15 * 60_000],
        [alarmName('spam', 'unlock'), NOW + 30_000 + 2 * 60_000],
        [alarmName('expired', 'unlock'), NOW + 30_000 + 3 * 60_000],
      ]),
    );
    expect(names).toHaveLength(4);
    // Each alarm speaks of its own task.
    await updatePrefs({ lang: 'en' });
    expect(await handleAlarm({ name: alarmName('expired', 'unlock') })).toMatch(/unlock/i);
    expect(await handleAlarm({ name: alarmName('expired', 'afiliado') })).not.toMatch(/Ask for the unlock again/);
    const shown = Object.keys(await fakeBrowser.notifications.getAll());
    expect(shown.sort()).toEqual([notificationId('afiliado'), notificationId('unlock')].sort());
    // The unlock wait ends: only its alarms go.
    const c = await handleSignalMessage(msg({ page: 'unlock', signal: 'unlocked', at: NOW + 60_000 }), NOW + 60_000);
    await syncReminders(c!, b, NOW + 60_000);
    expect((await fakeBrowser.alarms.getAll()).map((x) => x.name).sort()).toEqual(
      [alarmName('expired', 'afiliado'), alarmName('spam', 'afiliado')].sort(),
    );
  });
});
