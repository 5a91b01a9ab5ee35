import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  NOTIFICATION_ID,
  handleAlarm,
  handleSignalMessage,
  syncReminders,
} from '../../../../entrypoints/background/logic';
import { ALARM_EXPIRED, ALARM_SPAM } from '../../../../utils/progress/countdown';
import { latestWait } from '../../../../utils/progress/logic';
import { readProgress, updatePrefs } from '../../../../utils/storage/items';

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
      [ALARM_SPAM, NOW + 2 * 60_000],
      [ALARM_EXPIRED, NOW + 3 * 60_000],
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
    const text = await handleAlarm({ name: ALARM_SPAM });
    expect(text).toMatch(/Spam, Promociones y Correo no deseado/);
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, { iconUrl: string; title: string }>;
    expect(all[NOTIFICATION_ID]!.iconUrl).toMatch(/\/icon\/128\.png$/);
  });

  it('notifies in the stored language and says what to do after expiry', async () => {
    await updatePrefs({ lang: 'en' });
    await handleSignalMessage(msg({ page: 'unlock' }), NOW);
    expect(await handleAlarm({ name: ALARM_EXPIRED })).toMatch(/Ask for the unlock again/);
  });

  it('stays quiet when the wait is over or for other alarms', async () => {
    expect(await handleAlarm({ name: ALARM_SPAM })).toBeUndefined();
    await handleSignalMessage(msg(), NOW);
    expect(await handleAlarm({ name: 'someone-else' })).toBeUndefined();
  });
});
