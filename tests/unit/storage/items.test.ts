import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  progressItem,
  readPrefs,
  readProgress,
  resetProgress,
  updatePrefs,
  updateProgress,
} from '../../../utils/storage/items';
import { defaultPrefs } from '../../../utils/storage/schema';
import { emptyProgress, migrateProgressV1, type Progress } from '../../../utils/progress/schema';
import { setStepDone } from '../../../utils/progress/logic';

const allDone = (p: Progress) => Object.assign({}, ...Object.values(p.tasks).map((t) => t.done)) as Record<string, number>;
/** What version 1 stored: one task at a time. */
const v1 = (over: Record<string, unknown> = {}) => ({
  v: 1,
  profile: null,
  done: {},
  startedAt: null,
  updatedAt: null,
  emailWait: null,
  ...over,
});

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
    expect(raw.progress).toMatchObject({ v: 2, profile: 'afiliado', tasks: { afiliado: { done: { 'afiliado.open': T0 } } } });
    expect(allDone(await readProgress())).toEqual({ 'afiliado.open': T0 });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an old version', { v: 0, profile: 'afiliado', done: {} }],
    ['a newer version', { v: 3, profile: 'afiliado', tasks: {} }],
    ['an unknown profile', { ...emptyProgress(), profile: 'hacker' }],
    ['an unknown task', { ...emptyProgress(), tasks: { hacker: { done: {}, startedAt: null, updatedAt: null, emailWait: null } } }],
    ['a bad timestamp', { ...emptyProgress(), tasks: { afiliado: { done: { 'afiliado.open': 'yesterday' }, startedAt: null, updatedAt: null, emailWait: null } } }],
    ['a bad email wait', { ...emptyProgress(), tasks: { afiliado: { done: {}, startedAt: null, updatedAt: null, emailWait: { startedAt: -1 } } } }],
    ['a corrupt v1 value', v1({ done: { 'afiliado.open': 'yesterday' } })],
  ])('resets to empty on %s, never throws', async (_name, value) => {
    await fakeBrowser.storage.local.set({ progress: value });
    await expect(readProgress()).resolves.toEqual(emptyProgress());
  });

  it('drops step ids that no longer exist, keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      progress: { ...emptyProgress(), profile: 'afiliado', tasks: { afiliado: { done: { 'afiliado.open': T0, 'afiliado.gone': T0 }, startedAt: T0, updatedAt: T0, emailWait: null } } },
    });
    expect(allDone(await readProgress())).toEqual({ 'afiliado.open': T0 });
  });

  it('strips anything extra, such as a typed value', async () => {
    await fakeBrowser.storage.local.set({ progress: { ...emptyProgress(), cedula: '1714307103' } });
    expect(JSON.stringify(await readProgress())).not.toContain('1714307103');
  });

  it('keeps practice progress apart', async () => {
    await updateProgress((p) => setStepDone(p, 'unlock.open', true, T0), true);
    expect(allDone(await readProgress())).toEqual({});
    expect(allDone(await readProgress(true))).toEqual({ 'unlock.open': T0 });
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

describe('migration from version 1 (one task at a time)', () => {
  beforeEach(() => fakeBrowser.reset());
  const old = v1({
    profile: 'afiliado',
    done: { 'afiliado.open': T0, 'afiliado.email': T0 + 5, 'unlock.check': T0 - 9 },
    startedAt: T0 - 9,
    updatedAt: T0 + 5,
    emailWait: { flow: 'afiliado', startedAt: T0 + 5 },
  });

  it('the old progress becomes its task’s entry; ticks of another task go to that task', () => {
    expect(migrateProgressV1(old)).toEqual({
      v: 2,
      profile: 'afiliado',
      tasks: {
        afiliado: { done: { 'afiliado.open': T0, 'afiliado.email': T0 + 5 }, startedAt: T0 - 9, updatedAt: T0 + 5, emailWait: { startedAt: T0 + 5 } },
        unlock: { done: { 'unlock.check': T0 - 9 }, startedAt: T0 - 9, updatedAt: T0 + 5, emailWait: null },
      },
    });
  });

  it('a chosen task with nothing done keeps its place; empty stays empty; garbage is empty', () => {
    expect(migrateProgressV1(v1({ profile: 'biess' }))).toEqual({ v: 2, profile: 'biess', tasks: { biess: { done: {}, startedAt: null, updatedAt: null, emailWait: null } } });
    expect(migrateProgressV1(v1())).toEqual(emptyProgress());
    expect(migrateProgressV1('garbage')).toEqual(emptyProgress());
  });

  it('runs through @wxt-dev/storage: a stored v1 value reads (and is rewritten) as v2', async () => {
    await fakeBrowser.storage.local.set({ progress: old, progress$: { v: 1 } });
    // Even before the migration has run, a v1 value reads as v2 (nothing lost).
    expect((await readProgress()).tasks.afiliado?.done).toEqual({ 'afiliado.open': T0, 'afiliado.email': T0 + 5 });
    // The migration runs when the item is defined (extension start); run it again on this value.
    await progressItem.migrate();
    const p = await readProgress();
    expect(p.profile).toBe('afiliado');
    expect(p.tasks.afiliado?.emailWait).toEqual({ startedAt: T0 + 5 });
    expect(allDone(p)).toEqual(old.done);
    const raw = await fakeBrowser.storage.local.get(['progress', 'progress$']);
    expect(raw.progress).toMatchObject({ v: 2 });
    expect(raw.progress$).toEqual({ v: 2 });
  });

  it('a v2 value stored without its version mark comes through the migration untouched', async () => {
    const v2 = { v: 2, profile: 'unlock', tasks: { unlock: { done: { 'unlock.check': T0 }, startedAt: T0, updatedAt: T0, emailWait: { startedAt: T0 } } } };
    await fakeBrowser.storage.local.set({ progress: v2 });
    await progressItem.migrate();
    expect((await fakeBrowser.storage.local.get('progress')).progress).toEqual(v2);
    expect(await readProgress()).toEqual(v2);
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
    expect(Object.keys(allDone(await readProgress())).sort()).toEqual([
      'unlock.cedula',
      'unlock.check',
      'unlock.email',
      'unlock.open',
    ]);
  });
});
