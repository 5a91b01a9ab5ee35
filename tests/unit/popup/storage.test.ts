import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  readPrefs,
  readProgress,
  resetProgress,
  updatePrefs,
  updateProgress,
} from '../../../utils/storage/items';
import { emptyProgress, defaultPrefs } from '../../../utils/storage/schema';
import { setStepDone } from '../../../utils/flows/progress';

const T0 = 1_750_000_000_000;

describe('progress storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads empty when nothing is stored', async () => {
    expect(await readProgress()).toEqual(emptyProgress());
    expect(await readPrefs()).toEqual(defaultPrefs());
  });

  it('round-trips progress in storage.local', async () => {
    await updateProgress((p) => setStepDone(p, 'afiliado.open', true, T0));
    const raw = await fakeBrowser.storage.local.get('progress');
    expect(raw.progress).toMatchObject({ v: 1, profile: 'afiliado', done: { 'afiliado.open': T0 } });
    expect((await readProgress()).done).toEqual({ 'afiliado.open': T0 });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an old version', { v: 0, profile: 'afiliado', done: {} }],
    ['a newer version', { v: 2, profile: 'afiliado', done: {}, startedAt: null, updatedAt: null, emailWait: null }],
    ['an unknown profile', { ...emptyProgress(), profile: 'hacker' }],
    ['a bad timestamp', { ...emptyProgress(), done: { 'afiliado.open': 'yesterday' } }],
    ['a bad email wait', { ...emptyProgress(), emailWait: { flow: 'afiliado', startedAt: -1 } }],
  ])('resets to empty on %s, never throws', async (_name, value) => {
    await fakeBrowser.storage.local.set({ progress: value });
    await expect(readProgress()).resolves.toEqual(emptyProgress());
  });

  it('drops step ids that no longer exist, keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      progress: { ...emptyProgress(), profile: 'afiliado', done: { 'afiliado.open': T0, 'afiliado.gone': T0 } },
    });
    expect((await readProgress()).done).toEqual({ 'afiliado.open': T0 });
  });

  it('strips anything extra, such as a typed value', async () => {
    await fakeBrowser.storage.local.set({ progress: { ...emptyProgress(), cedula: '1714307103' } });
    expect(JSON.stringify(await readProgress())).not.toContain('1714307103');
  });

  it('keeps practice progress apart', async () => {
    await updateProgress((p) => setStepDone(p, 'unlock.open', true, T0), true);
    expect((await readProgress()).done).toEqual({});
    expect((await readProgress(true)).done).toEqual({ 'unlock.open': T0 });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all)).toContain('practiceProgress');
    expect(Object.keys(all)).not.toContain('progress');
  });

  it('start over empties progress and keeps preferences', async () => {
    await updatePrefs({ lang: 'en', mailbox: 'gmail' });
    await updateProgress((p) => setStepDone(p, 'afiliado.email', true, T0));
    await resetProgress();
    expect(await readProgress()).toEqual(emptyProgress());
    expect(await readPrefs()).toMatchObject({ lang: 'en', mailbox: 'gmail' });
  });

  it('resets corrupt preferences', async () => {
    await fakeBrowser.storage.local.set({ prefs: { v: 1, lang: 'fr', mailbox: 'gmail' } });
    expect(await readPrefs()).toEqual(defaultPrefs());
  });
});

describe('concurrent updates', () => {
  beforeEach(() => fakeBrowser.reset());
  it('signals arriving together all land', async () => {
    await Promise.all(
      ['unlock.check', 'unlock.open', 'unlock.cedula', 'unlock.email'].map((id, i) =>
        updateProgress((p) => setStepDone(p, id, true, T0 + i)),
      ),
    );
    expect(Object.keys((await readProgress()).done).sort()).toEqual([
      'unlock.cedula',
      'unlock.check',
      'unlock.email',
      'unlock.open',
    ]);
  });
});
