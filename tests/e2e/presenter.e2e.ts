/**
 * Presenter mode on an official page (the practice portal has its own test): turned on from the
 * popup's preference, it loads on demand, highlights the recognised field / the captcha / the
 * button of each step, moves with the arrow keys, leaves with Esc, and never touches the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { chromiumPage, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';
import { CONTENT_ROUTES, URLS } from './content-helpers';

const HOST = 'asistente-clave-presenter';
const PREFS = (presenter: boolean) => ({ prefs: { v: 1, lang: null, mailbox: null, presenter } });
const step = () => document.querySelector('asistente-clave-presenter')?.getAttribute('data-asistente-presenter-step') ?? null;

type Node = { nodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[]; contentDocument?: Node };
function findNode(node: Node, attr: string): Node | undefined {
  if (node.attributes?.includes(attr)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findNode(child, attr);
    if (hit) return hit;
  }
  return undefined;
}
/** The spotlight lives in a closed shadow root: only the DevTools protocol can see it. */
async function spotlightBox(cdp: CDPSession) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const node = findNode(root, 'data-presenter-spotlight');
  if (!node) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  return { left: x1, top: y1, right: x3, bottom: y3 };
}

describe('presenter mode on an official page, Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(CONTENT_ROUTES);
  });
  afterAll(async () => s?.close());

  it('highlights each step, moves with the arrows and leaves with Esc', async () => {
    const page = await chromiumPage(s, URLS.generate);
    await page.waitForSelector('[id="formGenerar:j_id15"][aria-describedby]', { state: 'attached' });
    expect(await page.locator(HOST).count()).toBe(0); // off by default: not even loaded
    await s.worker.evaluate((p) => chrome.storage.local.set(p), PREFS(true));
    await page.waitForFunction(step);
    expect(await page.evaluate(step)).toBe('1/3');

    const cdp = await s.context.newCDPSession(page);
    const inside = async (selector: string) => {
      const spot = await spotlightBox(cdp);
      const box = await page.locator(selector).boundingBox();
      return !!spot && !!box && spot.left <= box.x && spot.top <= box.y && spot.right >= box.x + box.width && spot.bottom >= box.y + box.height;
    };
    await expect.poll(() => inside('[id="formGenerar:j_id15"]')).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(step)).toBe('2/3');
    await expect.poll(() => inside('.g-recaptcha')).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => inside('input[type="submit"]')).toBe(true);
    expect(await page.evaluate(step)).toBe('3/3');

    // It never acts for the person: nothing typed, nothing submitted.
    expect(page.url()).toBe(URLS.generate);
    expect(await page.locator('[id="formGenerar:j_id15"]').inputValue()).toBe('');

    // The page cannot read it.
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot, HOST)).toBeNull();

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    const prefs = (await s.worker.evaluate(() => chrome.storage.local.get('prefs'))) as { prefs: { presenter: boolean } };
    expect(prefs.prefs.presenter).toBe(false);
    await page.close();
  });
});

describe('presenter mode on an official page, Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(CONTENT_ROUTES);
  });
  afterAll(async () => s?.close());

  it('loads on demand, moves with the arrows and leaves when turned off', async () => {
    const page = await s.newPage(URLS.generate);
    await page.waitForSelector('[id="formGenerar:j_id15"][aria-describedby]');
    const ext = await s.newPage(`${s.baseUrl}/popup.html`);
    await ext.evaluate((p) => (globalThis as any).browser.storage.local.set(p), PREFS(true));
    await page.bringToFront();
    await page.waitForFunction(step, { timeout: 10_000 });
    expect(await page.evaluate(step)).toBe('1/3');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('asistente-clave-presenter')?.getAttribute('data-asistente-presenter-step') === '2/3');
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot, HOST)).toBeNull();
    await ext.evaluate((p) => (globalThis as any).browser.storage.local.set(p), PREFS(false));
    await page.waitForFunction((tag) => !document.querySelector(tag), {}, HOST);
    await ext.close();
    await page.close();
  });

  it('leaves Escape typed in a field to the page, and leaves on Escape elsewhere', async () => {
    const page = await s.newPage(URLS.generate);
    await page.waitForSelector('[id="formGenerar:j_id15"][aria-describedby]');
    const ext = await s.newPage(`${s.baseUrl}/popup.html`);
    await ext.evaluate((p) => (globalThis as any).browser.storage.local.set(p), PREFS(true));
    await page.bringToFront();
    await page.waitForFunction(step, { timeout: 10_000 });
    // The page's own listener (the portal's scripts run in the page).
    await page.evaluate(() => {
      (window as any).escapes = [];
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') (window as any).escapes.push((e.target as Element).id);
      });
    });
    await page.click('[id="formGenerar:j_id15"]');
    await page.keyboard.type('17143');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).escapes)).toEqual(['formGenerar:j_id15']);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(step)).not.toBeNull();
    await page.mouse.click(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForFunction((tag) => !document.querySelector(tag), {}, HOST);
    await ext.close();
    await page.close();
  });
});
