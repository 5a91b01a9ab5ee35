/**
 * Privacy and robustness, proven in real browsers:
 * - during a full flow (routed portal pages, popup, practice page, reminders) no request goes
 *   anywhere but the routed fixtures and the extension's own origin;
 * - afterwards no typed value (also normalized) is in any storage area, localStorage or IndexedDB;
 * - a hostile page cannot hide, restyle or read the hints, and nothing throws into its console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPage, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';
import { CONTENT_ROUTES, URLS, pageLevelOf as levelOf, waitLevelFn as levelIs } from './content-helpers';
import { PORTAL_URLS } from '../../utils/portal/pages';

const HOSTILE = `${PORTAL_URLS.generate}pages/hostil.jsf`;
const ROUTES = {
  ...CONTENT_ROUTES,
  [HOSTILE]: { file: 'hostile/generar-hostil.html' },
  // Firefox asks for the page's icon itself (the browser, not the extension): answered, so it
  // does not count as an unexpected request.
  [new URL('/favicon.ico', PORTAL_URLS.generate).href]: { html: '', status: 204 },
};
const ID = (v: string) => `[id="${v}"]`;

const TYPED = {
  cedula: '171430710-3',
  email: 'Maria.Perez@Gmail.com',
  mobile: '099 123 4567',
  clave: 'Sol2024luna',
};
/** Every form a typed value could be stored in. */
const NEEDLES = [
  TYPED.cedula,
  '1714307103',
  TYPED.email,
  TYPED.email.toLowerCase(),
  'maria.perez',
  TYPED.mobile,
  '0991234567',
  '991234567',
  TYPED.clave,
  TYPED.clave.toLowerCase(),
];

/** Runs in an extension page: everything it could have kept. */
async function everyStore(): Promise<string> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const areas: Record<string, unknown> = {};
  for (const area of ['local', 'session', 'sync']) {
    try {
      areas[area] = await api.storage[area].get(null);
    } catch (e) {
      areas[area] = `unavailable: ${String(e)}`;
    }
  }
  const ls: Record<string, string | null> = {};
  for (let i = 0; i < localStorage.length; i++) ls[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!);
  const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  return JSON.stringify({ areas, localStorage: ls, indexedDB: dbs });
}

/** Runs in the hostile page's own world (its overridden prototypes included). */
function whatThePageSees() {
  const w = window as any;
  const hosts = Array.from(document.getElementsByTagName('asistente-clave-hint'));
  return {
    hosts: hosts.length,
    openShadowRoots: hosts.filter((h) => (h as HTMLElement).shadowRoot !== null).length,
    hostText: hosts.map((h) => h.textContent).join(''),
    attachCalls: w.__attachCalls as number,
    stolen: (w.__stolen as ShadowRoot[]).map((r) => r.textContent).join(''),
    removed: w.__removed as number,
  };
}

describe('privacy in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(ROUTES);
  });
  afterAll(async () => s?.close());

  it('a full flow sends nothing out and leaves no typed value at rest', async () => {
    const routed = new Set(Object.keys(ROUTES));
    const own = `chrome-extension://${s.extensionId}/`;

    let page = await chromiumPage(s, URLS.generate);
    await page.waitForSelector(`${ID('formGenerar:j_id15')}[aria-describedby]`, { state: 'attached' });
    await page.locator(ID('formGenerar:j_id15')).pressSequentially(TYPED.cedula);
    await page.waitForFunction(levelOf, 'formGenerar:j_id15');
    await page.close();

    page = await chromiumPage(s, URLS.data);
    const email = page.locator('[id="formDatos:j_id40"]');
    await page.waitForSelector(`${ID('formDatos:j_id40')}[aria-describedby]`, { state: 'attached', timeout: 10_000 });
    await email.pressSequentially(TYPED.email);
    await page.locator(ID('formDatos:j_id42')).pressSequentially(TYPED.email);
    await page.locator(ID('formDatos:j_id44')).pressSequentially(TYPED.mobile);
    await page.close();

    page = await chromiumPage(s, URLS.clave);
    await page.waitForSelector(`${ID('formClave:j_id62')}[aria-describedby]`, { state: 'attached' });
    await page.evaluate((v) => {
      (document.getElementById('formClave:j_id62') as HTMLInputElement).value = v;
      (document.getElementById('formClave:j_id64') as HTMLInputElement).value = v;
    }, TYPED.clave);
    await page.locator(ID('formClave:j_id60')).check();
    await page.waitForFunction(() => {
      const input = document.getElementById('formClave:j_id62');
      const host = document.getElementById(input?.getAttribute('aria-describedby')?.split(' ').pop() ?? '');
      return host?.getAttribute('data-asistente-level') === 'ok';
    });
    // The person's own submit (posted to the routed page itself): what this tab loads next is read.
    await Promise.all([page.waitForNavigation(), page.locator(ID('formClave:j_id70')).click()]);

    // "Se ha enviado un correo": the email wait starts.
    await page.goto(URLS.sent);
    await expect
      .poll(() => s.worker.evaluate(() => chrome.storage.local.get('progress').then((r: any) => (r.progress?.tasks?.afiliado?.emailWait ? 'afiliado' : null))), { timeout: 5000 })
      .toBe('afiliado');
    await page.close();

    // Reminders: fire both alarms now instead of waiting minutes; notifications appear.
    await s.worker.evaluate(async () => {
      await chrome.alarms.create('asistente:email-spam', { when: Date.now() + 50 });
    });
    await expect.poll(() => s.worker.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n))), { timeout: 10_000 }).not.toEqual([]);

    // Popup and practice page.
    const popup = await chromiumPage(s, `${own}popup.html`);
    await popup.waitForSelector('[data-ready="true"]');
    const practice = await chromiumPage(s, `${own}practice.html`);
    await practice.waitForSelector('[data-fake="cedula"]');
    await practice.locator(ID('formGenerar:j_id15')).pressSequentially(TYPED.cedula);
    await practice.waitForTimeout(300);

    const stored = await popup.evaluate(everyStore);
    for (const needle of NEEDLES) expect(stored, needle).not.toContain(needle);
    expect(stored).toContain('afiliado.email'); // progress is there, so the dump is real

    // The extension's on-demand modules come from its per-session dynamic URL (use_dynamic_url): local files.
    const ownModule = (u: string) => /^chrome-extension:\/\/[0-9a-f-]+\/(outcomes|presenter-overlay)\.js$/.test(u);
    const outside = s.requests.filter((u) => !routed.has(u.split('#')[0]!) && !u.startsWith(own) && !ownModule(u) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(s.requests.some((u) => routed.has(u))).toBe(true);
    await popup.close();
    await practice.close();
  });

  it('a hostile page cannot hide, restyle or read the hints, and sees no errors', async () => {
    const page: Page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(HOSTILE);
    await page.waitForFunction(levelOf, 'formHostil:j_id5', { timeout: 10_000 });
    await page.locator(ID('formHostil:j_id5')).pressSequentially('1714307104');
    await page.locator(ID('formHostil:j_id7')).focus();
    await page.waitForFunction(levelIs, ['formHostil:j_id5', 'error'] as [string, string], { timeout: 10_000 });
    // The page sweeps unknown elements every 500 ms: the hint comes back with the right level.
    await page.waitForTimeout(1200);
    await expect.poll(() => page.evaluate(levelOf, 'formHostil:j_id5'), { timeout: 5000 }).toBe('error');
    await page.locator(ID('formHostil:j_id5')).fill('1714307103');
    await expect.poll(() => page.evaluate(levelOf, 'formHostil:j_id5'), { timeout: 5000 }).toBe('ok');

    // Visible despite `all: unset; display: none !important` on unknown elements.
    const visible = await page.evaluate(() => {
      const h = document.getElementsByTagName('asistente-clave-hint')[0] as HTMLElement | undefined;
      if (!h) return null;
      const r = h.getBoundingClientRect();
      return { display: getComputedStyle(h).display, width: r.width, height: r.height };
    });
    expect(visible).not.toBeNull();
    expect(visible!.display).not.toBe('none');
    expect(visible!.width * visible!.height).toBeGreaterThan(0);

    const seen = await page.evaluate(whatThePageSees);
    expect(seen.removed).toBeGreaterThan(0); // the page really did fight
    expect(seen.hosts).toBeGreaterThan(0);
    expect(seen.openShadowRoots).toBe(0);
    expect(seen.hostText).toBe('');
    expect(seen.attachCalls).toBe(0);
    expect(seen.stolen).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('privacy in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(ROUTES);
  });
  afterAll(async () => s?.close());

  it('a hostile page cannot read the hints; typed values are nowhere at rest; nothing goes out', async () => {
    const page = await s.newPage(HOSTILE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.waitForFunction(levelOf, { timeout: 10_000 }, 'formHostil:j_id5');
    await page.type(ID('formHostil:j_id5'), TYPED.cedula);
    await page.type(ID('formHostil:j_id7'), TYPED.email);
    await page.waitForFunction(levelIs, { timeout: 10_000 }, ['formHostil:j_id5', 'ok'] as [string, string]);
    await new Promise((r) => setTimeout(r, 1200));
    await page.waitForFunction(levelIs, { timeout: 5000 }, ['formHostil:j_id5', 'ok'] as [string, string]);
    const seen = await page.evaluate(whatThePageSees);
    expect(seen.removed).toBeGreaterThan(0);
    expect(seen.openShadowRoots).toBe(0);
    expect(seen.hostText).toBe('');
    expect(seen.stolen).toBe('');
    expect(errors).toEqual([]);

    const ext = await s.newPage(`${s.baseUrl}/popup.html`);
    await ext.waitForSelector('[data-ready="true"]');
    const stored = await ext.evaluate(everyStore);
    for (const needle of NEEDLES) expect(stored, needle).not.toContain(needle);
    const routed = new Set(Object.keys(ROUTES));
    expect(s.requests.filter((u) => /^(https?|wss?):/.test(u) && !routed.has(u.split('#')[0]!))).toEqual([]);
    await page.close();
    await ext.close();
  });
});
