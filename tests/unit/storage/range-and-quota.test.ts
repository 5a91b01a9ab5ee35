/** Stored numbers range-checked on read; a full storage never rejects (issue 19 §4, §6). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onWriteFailed, progressItem, readPrefs, readProgress, updatePrefs, updateProgress, watchProgress } from '../../../utils/storage/items';
import { chooseProfile, setStepDone, waitOf } from '../../../utils/progress/logic';
import { emptyTask } from '../../../utils/progress/schema';

const quotaFull = () => vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

describe('stored numbers on read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a wait that starts in the future reads as no wait; future step times read as now', async () => {
    const future = Date.now() + 10 * 365 * 24 * 3600_000;
    await progressItem.setValue({
      v: 2,
      profile: 'afiliado',
      tasks: { afiliado: { ...emptyTask(), done: { 'afiliado.open': future }, startedAt: future, emailWait: { startedAt: future } } },
    });
    const before = Date.now();
    const p = await readProgress();
    expect(waitOf(p, 'afiliado')).toBeNull();
    expect(p.tasks.afiliado!.done['afiliado.open']).toBeGreaterThanOrEqual(before);
    expect(p.tasks.afiliado!.done['afiliado.open']).toBeLessThanOrEqual(Date.now());
    // What a watcher (the popup) gets is checked the same way.
    const seen = vi.fn();
    const stop = watchProgress(seen);
    await progressItem.setValue({ v: 2, profile: 'unlock', tasks: { unlock: { ...emptyTask(), emailWait: { startedAt: future } } } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(waitOf(seen.mock.calls[0]![0], 'unlock')).toBeNull();
    stop();
  });

  it('a text size out of range reads as the default preferences', async () => {
    await fakeBrowser.storage.local.set({ prefs: { v: 1, lang: 'es', mailbox: null, textScale: 1e9 } });
    expect((await readPrefs()).textScale).toBeUndefined();
  });
});

describe('a storage write that fails (quota)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never rejects: progress and preferences stay as stored, listeners hear of it', async () => {
    await updateProgress((p) => setStepDone(p, 'afiliado.open', true, 1_000));
    const heard: unknown[] = [];
    const stop = onWriteFailed((e) => heard.push(e));
    quotaFull();
    const after = await updateProgress((p) => chooseProfile(p, 'unlock'));
    expect(after.profile).toBe('afiliado');
    expect((await updatePrefs({ lang: 'en' })).lang).toBeNull();
    expect(heard.map(String)).toEqual(['Error: QUOTA_BYTES quota exceeded', 'Error: QUOTA_BYTES quota exceeded']);
    expect((await readProgress()).profile).toBe('afiliado');
    stop();
    await updateProgress((p) => chooseProfile(p, null));
    expect(heard).toHaveLength(2); // stopped listening
  });
});
