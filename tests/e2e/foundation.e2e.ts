import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPage, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';
import { PORTAL_URLS } from '../../utils/portal/pages';

const PORTAL = PORTAL_URLS.generate;
const routes = {
  [PORTAL]: { file: 'portal/generar-cedula.html' },
  'https://example.org/': { html: '<!doctype html><title>Example</title><p>Not the IESS</p>' },
};
const ROOT_SEL = '[data-asistente-page]';

describe('Chromium with the built extension', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(routes);
  });
  afterAll(async () => s?.close());

  it('injects the content script on a routed official page', async () => {
    const page = await chromiumPage(s, PORTAL);
    await expect(page.waitForSelector(ROOT_SEL, { state: 'attached', timeout: 10_000 })).resolves.toBeTruthy();
    await page.close();
  });

  it('does not inject on another site', async () => {
    const page = await chromiumPage(s, 'https://example.org/');
    await page.waitForSelector('p');
    // Give a content script every chance to run before asserting its absence.
    await page.waitForTimeout(1000);
    expect(await page.locator(ROOT_SEL).count()).toBe(0);
    await page.close();
  });

  it('renders the popup page', async () => {
    const page = await chromiumPage(s, `chrome-extension://${s.extensionId}/popup.html`);
    await page.waitForSelector('[data-testid="popup"]');
    expect(await page.textContent('h1')).toContain('IESS');
    await page.close();
  });
});

describe('Firefox with the built extension', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(routes);
  });
  afterAll(async () => s?.close());

  it('injects the content script on a routed official page', async () => {
    const page = await s.newPage(PORTAL);
    await expect(page.waitForSelector(ROOT_SEL, { timeout: 10_000 })).resolves.toBeTruthy();
    await page.close();
  });

  it('does not inject on another site', async () => {
    const page = await s.newPage('https://example.org/');
    await page.waitForSelector('p');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.$(ROOT_SEL)).toBeNull();
    await page.close();
  });

  it('renders the popup page', async () => {
    const page = await s.newPage(`${s.baseUrl}/popup.html`);
    await page.waitForSelector('[data-testid="popup"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('IESS');
    await page.close();
  });
});
