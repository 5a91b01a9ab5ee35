/**
 * Issue 19 §1: no page event can tear the content script down. A page script replays what the
 * extension posts to its window and forges WXT's "content script started" and "location change"
 * events with the real extension id (a Firefox add-on id is public): the hints stay, typing is
 * still judged, nothing throws in the content script. Real invalidation (the extension
 * reloaded) still tears everything down, at once, even on a page with no field to poll.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_DIR, FIREFOX_DIR, chromiumPage, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';
import { CONTENT_ROUTES, URLS, byId, chromiumTab, firefoxTab, type Tab } from './content-helpers';
import { PORTAL_URLS } from '../../utils/portal/pages';

const FORGE = `${PORTAL_URLS.generate}pages/forja.jsf`;
const ROUTES = { ...CONTENT_ROUTES, [FORGE]: { file: 'hostile/teardown.html' } };
const CEDULA = 'formGenerar:j_id15';

type PageWindow = Window & { forge(id: string): void; __forged: number; __posted: string[] };

/** The attack, then a person typing: the hint still follows. */
async function attackThenType(tab: Tab, forge: () => Promise<void>) {
  await tab.waitHints(1);
  await forge();
  await forge();
  await tab.sleep(600);
  expect(await tab.eval(() => (window as unknown as PageWindow).__forged)).toBe(2);
  // Nothing the extension posted to the page named its events.
  expect(await tab.eval(() => (window as unknown as PageWindow).__posted.filter((t) => t.includes('wxt')))).toEqual([]);
  expect(await tab.page()).toBe('generate');
  expect((await tab.hints()).map((h) => [h.field, h.describedBy])).toEqual([['cedula', true]]);
  await tab.type(byId(CEDULA), '1714307104');
  await tab.waitLevel(CEDULA, 'error');
  await tab.press('Backspace');
  await tab.type(byId(CEDULA), '3');
  await tab.waitLevel(CEDULA, 'ok');
  // In-page navigation is still followed (our own URL watch, not the forged event).
  await tab.pushState(new URL(URLS.unlock).pathname);
  for (let i = 0; i < 40 && (await tab.page()) !== 'unlock'; i++) await tab.sleep(100);
  expect(await tab.page()).toBe('unlock');
  expect(await tab.hints()).toHaveLength(1);
}

describe('the built content script', () => {
  it.each([CHROME_DIR, FIREFOX_DIR])('carries none of WXT\'s page-visible context events (%s)', (dir) => {
    const code = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    expect(code).toContain('asistente-clave-root'); // the real content script
    expect(code).not.toMatch(/content-script-started|wxt:locationchange/);
  });
});

describe('hostile page events in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(ROUTES);
  });
  afterAll(async () => s?.close());

  /** Every uncaught exception in the tab, the content script's isolated world included (CDP). */
  async function exceptions(page: Page): Promise<string[]> {
    const errors: string[] = [];
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
    });
    await cdp.send('Runtime.enable');
    return errors;
  }

  it('forged WXT events do not switch the hints off, and nothing throws', async () => {
    const page = await s.context.newPage();
    const errors = await exceptions(page);
    await page.goto(FORGE);
    const id = s.extensionId;
    await attackThenType(chromiumTab(page), () => page.evaluate((x) => (window as unknown as PageWindow).forge(x), id));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the extension reloaded: a page with no field loses its root at once', async () => {
    const own = await launchChromium(ROUTES);
    try {
      const page = await chromiumPage(own, URLS.sent);
      await page.waitForSelector('asistente-clave-root', { state: 'attached' });
      await page.waitForTimeout(300);
      await own.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
      await page.waitForFunction(() => !document.querySelector('asistente-clave-root'), undefined, { timeout: 5_000 });
      await page.close();
    } finally {
      await own.close();
    }
  });
});

describe('hostile page events in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(ROUTES);
  });
  afterAll(async () => s?.close());

  it('forged WXT events with the public add-on id do not switch the hints off', async () => {
    const page = await s.newPage(FORGE);
    const id = s.extensionId;
    await attackThenType(firefoxTab(page), () => page.evaluate((x) => (window as unknown as PageWindow).forge(x), id));
    await page.close();
  });
});
