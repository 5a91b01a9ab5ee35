/**
 * Issue 19 §3 in the background: `email-sent`, `clave-created` and `unlocked` (which start and end
 * the email wait) and portal outcomes are accepted only from a tab whose page the person
 * submitted within the last minutes, also after the worker slept (storage.session).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetSubmits, handleMessage } from '../../../../entrypoints/background/logic';
import { SUBMIT_WINDOW_MS } from '../../../../utils/portal/messages';
import { PORTAL_URLS } from '../../../../utils/portal/pages';
import { latestWait } from '../../../../utils/progress/logic';
import { readProgress } from '../../../../utils/storage/items';
import { readOutcome } from '../../../../utils/storage/outcome';

const NOW = 1_750_000_000_000;
const TAB = { tab: { id: 7 } };
const signal = (s: string, over: object = {}) => ({ type: 'asistente:signal', signal: s, page: 'generate', at: NOW, practice: false, ...over });
const submit = { type: 'asistente:submit', at: NOW, practice: false };

describe('background: step signals that need a submit', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetSubmits();
  });

  it('email-sent without a submit: nothing ticked, no wait', async () => {
    expect(await handleMessage(signal('email-sent'), TAB, NOW)).toEqual({ ok: false });
    expect((await readProgress()).tasks).toEqual({});
    expect(await handleMessage({ type: 'asistente:recent-submit' }, TAB, NOW)).toEqual({ recent: false });
  });

  it('after a submit in that tab: ticked and the wait starts; another tab is not believed', async () => {
    await handleMessage(submit, TAB, NOW);
    expect(await handleMessage(signal('email-sent'), { tab: { id: 8 } }, NOW)).toEqual({ ok: false });
    expect(await handleMessage(signal('email-sent'), TAB, NOW + 1_000)).toEqual({ ok: true });
    expect(latestWait(await readProgress())).toEqual({ flow: 'afiliado', startedAt: NOW });
  });

  it('the page a full-page submit loads is believed after the worker slept, for a few minutes only', async () => {
    await handleMessage(submit, TAB, NOW);
    forgetSubmits(); // a new worker: only storage.session remembers
    expect(await handleMessage({ type: 'asistente:recent-submit' }, TAB, NOW + 5_000)).toEqual({ recent: true });
    expect(await handleMessage({ type: 'asistente:recent-submit' }, TAB, NOW + SUBMIT_WINDOW_MS + 1)).toEqual({ recent: false });
    expect(await handleMessage(signal('email-sent'), TAB, NOW + SUBMIT_WINDOW_MS + 1)).toEqual({ ok: false });
    expect((await readProgress()).tasks).toEqual({});
  });

  it('a running wait is not ended by text alone (clave-created without a submit)', async () => {
    await handleMessage(submit, TAB, NOW);
    await handleMessage(signal('email-sent'), TAB, NOW);
    forgetSubmits();
    await fakeBrowser.storage.session.clear();
    expect(await handleMessage(signal('clave-created'), TAB, NOW + 60_000)).toEqual({ ok: false });
    expect(latestWait(await readProgress())).toEqual({ flow: 'afiliado', startedAt: NOW });
  });

  it('signals that prove no wait need no submit; the extension\'s own pages (practice portal) are believed', async () => {
    expect(await handleMessage(signal('id-valid'), TAB, NOW)).toEqual({ ok: true });
    expect(await handleMessage(signal('email-sent', { practice: true }), TAB, NOW)).toEqual({ ok: false });
    const practicePage = { tab: { id: 9 }, url: fakeBrowser.runtime.getURL('/practice.html') };
    expect(await handleMessage(signal('email-sent', { practice: true }), practicePage, NOW)).toEqual({ ok: true });
    expect(latestWait(await readProgress(true))).not.toBeNull();
    expect(await handleMessage(signal('email-sent'), { tab: { id: 9 }, url: PORTAL_URLS.generate }, NOW)).toEqual({ ok: false });
  });

  it('an outcome is kept for the popup only after a submit; malformed messages and others are ignored', async () => {
    const outcome = { type: 'asistente:outcome', outcome: 'captcha-failed', page: 'generate', at: NOW, practice: false };
    expect(await handleMessage(outcome, TAB, NOW)).toEqual({ ok: false });
    expect(await readOutcome()).toBeNull();
    await handleMessage(submit, TAB, NOW);
    expect(await handleMessage(outcome, TAB, NOW + 10)).toEqual({ ok: true });
    expect(await readOutcome()).toEqual({ outcome: 'captcha-failed', page: 'generate', at: NOW + 10 });
    expect(await handleMessage({ ...outcome, outcome: 'nope' }, TAB, NOW)).toEqual({ ok: false });
    expect(await handleMessage({ type: 'asistente:submit' }, TAB, NOW)).toEqual({ ok: false });
    expect(await handleMessage(submit, {}, NOW)).toEqual({ ok: false });
    expect(await handleMessage({ type: 'other' }, TAB, NOW)).toBeUndefined();
  });
});
