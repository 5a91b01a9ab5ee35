/**
 * Issue 19 §3, as an attacker would try it (Chromium, the built extension): step phrases a person
 * cannot read (opacity 0 up the tree, font-size 0 or 2px, clip-path, off screen, scale(0), a 1px
 * box, transparent colour, a zero-height box) and readable phrases on a page the person never
 * submitted (the page fakes its own submits) tick no step, start no email wait and end none.
 * A visible message after the person's real submit does count (the positive control).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { chromiumPage, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';
import { PORTAL_URLS } from '../../utils/portal/pages';

const HIDDEN = `${PORTAL_URLS.generate}pages/ocultos.jsf`;
const UNSUBMITTED = `${PORTAL_URLS.generate}pages/texto.jsf`;
const ROUTES = {
  [HIDDEN]: { file: 'hostile/pasos-ocultos.html' },
  [UNSUBMITTED]: { file: 'hostile/texto-sin-envio.html' },
};

/** The calls these tests make in the service worker (Chrome's own `chrome` namespace). */
interface Chrome {
  storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } };
  alarms: { clearAll(): Promise<boolean>; getAll(): Promise<{ name: string }[]> };
}

interface Task {
  done: Record<string, number>;
  emailWait: { startedAt: number } | null;
}

describe('hostile pages cannot spoof the steps (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(ROUTES);
  });
  afterAll(async () => s?.close());
  beforeEach(async () => {
    await s.worker.evaluate(() => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      return Promise.all([c.storage.local.clear(), c.storage.session.clear(), c.alarms.clearAll()]);
    });
  });

  const afiliado = async (): Promise<Task | undefined> =>
    ((await s.worker.evaluate(() => chrome.storage.local.get('progress'))) as { progress?: { tasks?: { afiliado?: Task } } }).progress?.tasks
      ?.afiliado;
  const alarms = async () => (await s.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll())).map((a) => a.name);
  /** The page has been read: its kind is on our root and the reader had time for its later looks. */
  const settle = async (page: Page) => {
    await page.waitForSelector('asistente-clave-root[data-asistente-page="generate"]', { state: 'attached' });
    await page.waitForTimeout(3_000);
  };

  it('hidden phrases, before and after the person\'s real submit, tick nothing; a visible one after a submit does', async () => {
    const page = await chromiumPage(s, HIDDEN);
    await page.locator('[id="formOculto:cedula"]').click();
    await page.keyboard.type('1714307103');
    await page.keyboard.press('Tab');
    await settle(page);
    // The real submit (a trusted click): the reader loads, the page answers with more hidden text.
    await page.locator('[id="formOculto:buscar"]').click();
    await settle(page);
    const task = await afiliado();
    expect(task?.done['afiliado.cedula']).toBeGreaterThan(0); // the page was seen, the cédula counted
    expect(task?.done['afiliado.email']).toBeUndefined();
    expect(task?.done['afiliado.clave']).toBeUndefined();
    expect(task?.emailWait ?? null).toBeNull();
    expect(await alarms()).toEqual([]);
    expect(await page.locator('asistente-clave-outcome').count()).toBe(0); // the transparent "no coinciden" too

    // Positive control: the honest visible message after the person's real submit counts.
    await page.locator('[id="formOculto:enviar"]').click();
    await expect.poll(async () => (await afiliado())?.emailWait?.startedAt ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);
    expect((await afiliado())?.done['afiliado.clave']).toBeUndefined(); // the hidden "clave generada" still not
    await page.close();
  });

  it('readable phrases without the person\'s submit (the page fakes its own) start no wait', async () => {
    const page = await chromiumPage(s, UNSUBMITTED);
    await settle(page);
    const task = await afiliado();
    expect(task?.done['afiliado.email']).toBeUndefined();
    expect(task?.done['afiliado.clave']).toBeUndefined();
    expect(task?.emailWait ?? null).toBeNull();
    expect(await alarms()).toEqual([]);
    await page.close();
  });

  it('a running email wait is not ended by "Su clave ha sido generada" on a page nobody submitted', async () => {
    const page = await chromiumPage(s, HIDDEN);
    await settle(page);
    await page.locator('[id="formOculto:enviar"]').click();
    await expect.poll(async () => (await afiliado())?.emailWait?.startedAt ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);
    const started = (await afiliado())!.emailWait!.startedAt;
    await page.close();
    // Another tab, never submitted, with the phrase in plain view.
    const other = await chromiumPage(s, UNSUBMITTED);
    await settle(other);
    const task = await afiliado();
    expect(task?.emailWait?.startedAt).toBe(started);
    expect(task?.done['afiliado.clave']).toBeUndefined();
    expect((await alarms()).sort()).toEqual(['asistente:email-expired:afiliado', 'asistente:email-spam:afiliado']);
    await other.close();
  });
});

describe('hostile pages cannot spoof the steps (Firefox)', () => {
  let s: FirefoxSession;
  let ext: PPage | undefined;
  beforeAll(async () => {
    s = await launchFirefox(ROUTES);
  });
  afterAll(async () => s?.close());

  /** What the background stored, read from an extension page of ours (opened when first needed). */
  const afiliado = async (): Promise<Task | undefined> =>
    (ext ??= await s.newPage(`${s.baseUrl}/popup.html`)).evaluate(async () => {
      const b = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
      const r = (await b.storage.local.get('progress')) as { progress?: { tasks?: { afiliado?: Task } } };
      return r.progress?.tasks?.afiliado;
    });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('hidden phrases after the person\'s real click tick nothing and start no wait; a visible one after a click does', async () => {
    const page = await s.newPage(HIDDEN);
    await page.waitForSelector('asistente-clave-root[data-asistente-page="generate"]');
    await pause(1_000);
    // The real submit (a trusted click through WebDriver BiDi): the page answers with hidden text.
    await page.click('[id="formOculto:buscar"]');
    await pause(3_000);
    const task = await afiliado();
    expect(task?.done['afiliado.email']).toBeUndefined();
    expect(task?.done['afiliado.clave']).toBeUndefined();
    expect(task?.emailWait ?? null).toBeNull();
    expect(await page.$$eval('asistente-clave-outcome', (els) => els.length)).toBe(0);

    // Positive control: the honest visible message after the person's real click counts.
    await page.click('[id="formOculto:enviar"]');
    await expect.poll(async () => (await afiliado())?.emailWait?.startedAt ?? 0, { timeout: 8_000 }).toBeGreaterThan(0);
    expect((await afiliado())?.done['afiliado.clave']).toBeUndefined(); // the hidden "clave generada" still not
    await page.close();
  });

  it('readable phrases on a page nobody submitted (it fakes its own submits) neither start nor end a wait', async () => {
    const before = (await afiliado())?.emailWait?.startedAt ?? null;
    const page = await s.newPage(UNSUBMITTED);
    await page.waitForSelector('asistente-clave-root[data-asistente-page="generate"]');
    await pause(3_000);
    const task = await afiliado();
    expect(task?.emailWait?.startedAt ?? null).toBe(before);
    expect(task?.done['afiliado.clave']).toBeUndefined();
    await page.close();
  });
});

