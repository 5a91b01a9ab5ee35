import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { chromiumPage, launchChromium, launchFirefox, shotPath, type ChromiumSession, type FirefoxSession } from './harness';
import { CONTENT_ROUTES, SCENARIOS, URLS, byId, chromiumTab, firefoxTab } from './content-helpers';
import { PORTAL_URLS } from '../../utils/portal/pages';

describe('content script in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(CONTENT_ROUTES);
    // Collect what the content script tells the extension (the background is wired elsewhere).
    await s.worker.evaluate(() => {
      const g = globalThis as unknown as {
        __signals: unknown[];
        chrome: { runtime: { onMessage: { addListener(fn: (m: unknown) => void): void } } };
      };
      g.__signals = [];
      g.chrome.runtime.onMessage.addListener((m: unknown) => {
        g.__signals.push(m);
      });
    });
  });
  afterAll(async () => s?.close());

  const open = async (url: string) => chromiumTab(await chromiumPage(s, url));
  for (const [name, run] of SCENARIOS) it(name, () => run(open));

  it('sends step signals (no values), each once', async () => {
    const page = await chromiumPage(s, URLS.generate);
    const tab = chromiumTab(page);
    await tab.waitHints(1);
    await tab.type(byId('formGenerar:j_id15'), '1714307103');
    await tab.waitLevel('formGenerar:j_id15', 'ok');
    // The person's own submit (a full-page post): the pages this tab loads next are read (issue 19).
    await Promise.all([page.waitForNavigation(), page.click(byId('formGenerar:j_id18'))]);
    for (const url of [URLS.sent, URLS.created, URLS.unlocked, URLS.questions]) {
      await page.goto(url);
      await page.waitForTimeout(1_200);
    }
    await page.close();
    await new Promise((r) => setTimeout(r, 300));
    const all = (await s.worker.evaluate(() => (globalThis as unknown as { __signals: unknown[] }).__signals)) as {
      type: string;
      signal: string;
      page: string;
      practice: boolean;
    }[];
    const got = all.filter((m) => m.type === 'asistente:signal');
    expect(all.filter((m) => m.type === 'asistente:submit')).toHaveLength(1);
    const names = got.map((m) => `${m.signal}:${m.page}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'portal-opened:generate',
        'captcha-shown:generate',
        'id-valid:generate',
        'email-sent:generate',
        'clave-created:generate',
        'unlocked:unlock',
        'questions-shown:generate',
      ]),
    );
    // The sent page hides an "unlocked" dialog: hidden text is not read.
    expect(names).not.toContain('unlocked:generate');
    expect(JSON.stringify(got)).not.toContain('1714307103');
    expect(got.every((m) => m.practice === false)).toBe(true);
  });

  it('submitting a routed form carries exactly the typed values', async () => {
    const page = await chromiumPage(s, URLS.generate);
    const posted: Request[] = [];
    await page.route(`${PORTAL_URLS.generate}pages/principal.jsf`, async (route) => {
      posted.push(route.request());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>ok</p>' });
    });
    await page.waitForSelector('asistente-clave-hint', { state: 'attached' });
    const typed = ' 1714-30710x '; // within the field's maxlength (13)
    await page.locator(byId('formGenerar:j_id15')).pressSequentially(typed);
    await page.locator(byId('formGenerar:j_id18')).click();
    await page.waitForSelector('text=ok');
    expect(posted).toHaveLength(1);
    const form = new URLSearchParams(posted[0]!.postData() ?? '');
    expect(form.get('formGenerar:j_id15')).toBe(typed);
    expect(form.get('javax.faces.ViewState')).toBe('j_id1');
    expect([...form.keys()].sort()).toEqual(['formGenerar:j_id15', 'javax.faces.ViewState']);
    await page.close();
  });

  it('screenshot: the personal data bank with hints', async () => {
    const page = await chromiumPage(s, URLS.data);
    await page.setViewportSize({ width: 900, height: 520 });
    await page.waitForFunction(() => document.querySelectorAll('asistente-clave-hint').length === 4);
    await page.locator(byId('formDatos:j_id40')).pressSequentially('ana.perez@gmail.com');
    await page.locator(byId('formDatos:j_id42')).pressSequentially('ana.perez@gmial.com');
    await page.locator(byId('formDatos:j_id44')).pressSequentially('0991234567');
    await page.locator(byId('formDatos:j_id46')).pressSequentially('12345');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(600);
    await page.screenshot({ path: shotPath('hints-datos') });
    const cedula = await chromiumPage(s, URLS.generate);
    await cedula.setViewportSize({ width: 700, height: 260 });
    await cedula.waitForSelector('asistente-clave-hint', { state: 'attached' });
    await cedula.locator(byId('formGenerar:j_id15')).pressSequentially('1714307104');
    await cedula.waitForTimeout(400);
    await cedula.screenshot({ path: shotPath('hints-cedula') });
    await cedula.close();
    const keys = await chromiumPage(s, URLS.clave);
    await keys.setViewportSize({ width: 700, height: 420 });
    await keys.waitForFunction(() => document.querySelectorAll('asistente-clave-hint').length === 2);
    for (const k of 'k7m2p9x4') await keys.locator(`[data-key="${k}"]`).click();
    await keys.locator('[data-key="Sig."]').click();
    for (const k of 'k7m') await keys.locator(`[data-key="${k}"]`).click();
    await keys.waitForTimeout(400);
    await keys.screenshot({ path: shotPath('hints-teclado') });
    await keys.close();
    await page.close();
  });
});

describe('content script in Chromium, extension reloaded', () => {
  it('the old instance removes its hints, root and aria links, and leaves the values alone', async () => {
    const s = await launchChromium(CONTENT_ROUTES);
    try {
      const page = await chromiumPage(s, URLS.data);
      await page.waitForFunction(() => document.querySelectorAll('asistente-clave-hint').length === 4);
      await page.locator(byId('formDatos:j_id40')).pressSequentially('ana@gmail.com');
      await s.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
      await page.waitForFunction(
        () => !document.querySelector('asistente-clave-hint,asistente-clave-root') && !document.querySelector('[aria-describedby]'),
        undefined,
        { timeout: 10_000 },
      );
      expect(await page.inputValue(byId('formDatos:j_id40'))).toBe('ana@gmail.com');
      await page.close();
    } finally {
      await s.close();
    }
  });
});

describe('content script in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(CONTENT_ROUTES);
  });
  afterAll(async () => s?.close());

  const open = async (url: string) => firefoxTab(await s.newPage(url));
  for (const [name, run] of SCENARIOS) it(name, () => run(open));
});
