/**
 * Issue 15 items 6, 9, 10 in a real Chromium: the printable guide is ONE page on A4 and on Letter
 * for every task in Spanish and English (page count read from the PDF), its print media
 * screenshots go to tests/artifacts/print/, axe finds nothing on it; the ways-on phone links have
 * accessible names in Chromium's accessibility tree; A+ in the popup grows the text, is
 * remembered after reopening, and the popup stays usable at 200 % zoom with the largest text.
 * Firefox: the print page renders the same guide, and A+ is remembered there too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PORTAL_URLS } from '../../utils/portal/pages';
import { axNodes, expectNoViolations, noHorizontalScroll, shot } from './a11y-helpers';
import { ROOT, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';

const TASKS = ['afiliado', 'unlock', 'update', 'empleador', 'biess'] as const;
const LANGS = ['es', 'en'] as const;
const READY = '[data-testid="popup"][data-ready="true"]';
const PRINT_SHOTS = join(ROOT, 'tests/artifacts/print');
mkdirSync(PRINT_SHOTS, { recursive: true });

/** Page objects in a PDF: `/Type /Page` but not `/Type /Pages` (the page tree). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('help pieces in Chromium', () => {
  let s: ChromiumSession;
  let base: string;
  beforeAll(async () => {
    s = await launchChromium();
    base = `chrome-extension://${s.extensionId}`;
  });
  afterAll(async () => s?.close());

  async function openPrint(task: string, lang: string): Promise<Page> {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(`${base}/print.html?task=${task}&lang=${lang}`);
    await page.waitForSelector(`[data-testid="print-guide"][data-task="${task}"]`);
    return page;
  }

  it('the printable guide is one page on A4 and on Letter, for every task, in Spanish and English', async () => {
    const pages: Record<string, number> = {};
    for (const lang of LANGS) {
      for (const task of TASKS) {
        const page = await openPrint(task, lang);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await page.pdf({ format });
          pages[`${task}-${lang}-${format}`] = countPdfPages(pdf);
          if (task === 'afiliado' && format === 'A4') writeFileSync(join(PRINT_SHOTS, `guide-${task}-${lang}-A4.pdf`), pdf);
        }
        await page.emulateMedia({ media: 'print' });
        // About the printable width of A4 with the page margins (182 mm at 96 dpi).
        await page.setViewportSize({ width: 690, height: 980 });
        expect(await page.isVisible('[data-testid="print-toolbar"]')).toBe(false);
        await page.screenshot({ path: join(PRINT_SHOTS, `print-${task}-${lang}.png`), fullPage: true });
        await page.close();
      }
    }
    const expected = Object.fromEntries(Object.keys(pages).map((k) => [k, 1]));
    expect(pages).toEqual(expected);
  });

  it('the page counter does count pages', async () => {
    const page = await s.context.newPage();
    await page.setContent('<p style="page-break-after: always">1</p><p style="page-break-after: always">2</p><p>3</p>');
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(3);
    await page.close();
  });

  it('the printable guide: steps with boxes, the official address, ways on; no personal data; axe 0', async () => {
    const page = await openPrint('afiliado', 'es');
    expect(await page.locator('.print-steps li').count()).toBe(8);
    expect(await page.locator('.print-steps .box').count()).toBe(8);
    expect(await page.textContent('.address')).toContain(PORTAL_URLS.generate);
    expect(await page.locator('[data-testid="ways-on"] li').count()).toBeGreaterThan(2);
    expect(await page.title()).toBe('Guía para imprimir: clave del IESS (no oficial)');
    // Nothing from storage but the language: no cédula, email or phone pattern on the paper.
    const text = (await page.textContent('[data-testid="print-guide"]'))!;
    expect(text).not.toMatch(/\b\d{10}\b|@[a-z]+\.|09\d{8}/);
    await expectNoViolations(page, 'print page (screen)');
    await page.emulateMedia({ media: 'print' });
    await expectNoViolations(page, 'print page (print media)');
    // The on-screen print button is reached with Tab and opens the dialog (stubbed here).
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('print-now');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });

  it('phone links of the ways on have accessible names in the accessibility tree', async () => {
    for (const [task, id, es, en] of [
      ['biess', 'biess-line', 'Llamar al 1800-243777', 'Call 1800-243777'],
      ['unlock', 'contact-140', 'Llamar al 140', 'Call 140'],
    ] as const) {
      for (const lang of LANGS) {
        const page = await openPrint(task, lang);
        const cdp = await s.context.newCDPSession(page);
        const node = (await axNodes(cdp, `[data-testid="tel-${id}"]`))[0]!;
        expect(node.ignored ?? false).toBe(false);
        expect(node.role?.value).toBe('link');
        expect(node.name?.value).toBe(lang === 'es' ? es : en);
        expect(await page.getAttribute(`[data-testid="tel-${id}"]`, 'href')).toMatch(/^tel:\d+$/);
        await cdp.detach();
        await page.close();
      }
    }
  });

  async function openPopup(width = 400, height = 600): Promise<Page> {
    const page = await s.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/popup.html`);
    await page.waitForSelector(READY);
    await page.waitForFunction(() => !!document.querySelector('[data-testid="text-size-now"]')?.textContent);
    return page;
  }
  const fontPx = (page: Page, selector: string) =>
    page.evaluate((sel) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize), selector);

  it('A+ grows the popup text, A− shrinks it, and the size is remembered after reopening', async () => {
    const page = await openPopup();
    const h1 = await fontPx(page, 'h1');
    const body = await fontPx(page, 'body');
    await page.screenshot({ path: shot('help-popup-text-100') });
    // Keyboard, as a person: Tab to A+ and press Enter twice.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'text-larger')) break;
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '125 %');
    expect(await fontPx(page, 'body')).toBeCloseTo(body * 1.25, 1);
    expect(await fontPx(page, 'h1')).toBeCloseTo(h1 * 1.25, 1);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: shot('help-popup-text-125') });
    await page.close();

    const again = await openPopup();
    await again.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '125 %');
    expect(await fontPx(again, 'body')).toBeCloseTo(body * 1.25, 1);
    await again.click('[data-testid="text-smaller"]');
    await again.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '113 %');
    expect(await fontPx(again, 'body')).toBeCloseTo(body * 1.125, 1);
    await expectNoViolations(again, 'popup with text size control');
    await again.close();
  });

  it('at 200 % zoom with the largest text the popup is still usable: no sideways scroll, controls reachable', async () => {
    const setup = await openPopup();
    await setup.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({ prefs: { v: 1, lang: 'es', mailbox: null, textScale: 1.5 } });
    });
    await setup.close();
    // A 200 CSS px wide viewport drawn at twice the pixels is a 400 px popup zoomed 2×.
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 200, height: 300, deviceScaleFactor: 2, mobile: false });
    await page.goto(`${base}/popup.html`);
    await page.waitForSelector(READY);
    await page.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '150 %');
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.localName}.${el.className} ${el.textContent?.slice(0, 30)} ${el.getBoundingClientRect().right}`),
    );
    expect(wide).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await page.isDisabled('[data-testid="text-larger"]')).toBe(true);
    await page.click('[data-testid="text-smaller"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '138 %');
    await page.click('[data-profile="afiliado"]');
    await page.waitForSelector('[data-testid="open-print"]');
    await page.locator('[data-testid="open-print"]').scrollIntoViewIfNeeded();
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(shot('help-popup-zoom200-text150'), Buffer.from(data, 'base64'));
    await cdp.detach();
    await page.close();
  });

  it('"Imprimir esta guía" in the popup opens the print page of the chosen task in a new tab', async () => {
    const page = await openPopup();
    await page.click('[data-testid="lang-en"]');
    if (await page.isVisible('[data-testid="change-profile"]')) await page.click('[data-testid="change-profile"]');
    await page.click('[data-profile="unlock"]');
    await page.waitForSelector('[data-testid="open-print"]');
    const [tab] = await Promise.all([s.context.waitForEvent('page'), page.click('[data-testid="open-print"]')]);
    await tab.waitForSelector('[data-testid="print-guide"]');
    expect(new URL(tab.url()).pathname).toBe('/print.html');
    expect(new URL(tab.url()).search).toBe('?task=unlock&lang=en');
    expect(await tab.textContent('h1')).toMatch(/^Paper guide: /);
    expect(await tab.getAttribute('[data-testid="print-guide"]', 'data-task')).toBe('unlock');
    await tab.close();
    if (!page.isClosed()) await page.close();
  });
});

describe('help pieces in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => s?.close());

  it('the print page renders the chosen task in the chosen language, with tel: links', async () => {
    const page = await s.newPage(`${s.baseUrl}/print.html?task=biess&lang=en`);
    await page.waitForSelector('[data-testid="print-guide"][data-task="biess"]');
    expect(await page.$eval('h1', (e) => e.textContent)).toMatch(/^Paper guide: .*BIESS/);
    expect(await page.$eval('[data-testid="tel-biess-line"]', (e) => [e.textContent, e.getAttribute('href')])).toEqual([
      'Call 1800-243777',
      'tel:1800243777',
    ]);
    await page.close();
  });

  it('A+ in the popup grows the text and is remembered after reopening', async () => {
    const open = async () => {
      const page = await s.newPage(`${s.baseUrl}/popup.html`);
      await page.waitForSelector('[data-testid="popup"][data-ready="true"]');
      await page.waitForFunction(() => !!document.querySelector('[data-testid="text-size-now"]')?.textContent);
      return page;
    };
    const page = await open();
    const before = await page.$eval('body', (b) => parseFloat(getComputedStyle(b).fontSize));
    await page.click('[data-testid="text-larger"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '113 %');
    await page.close();
    const again = await open();
    await again.waitForFunction(() => document.querySelector('[data-testid="text-size-now"]')?.textContent === '113 %');
    expect(await again.$eval('body', (b) => parseFloat(getComputedStyle(b).fontSize))).toBeCloseTo(before * 1.125, 1);
    await again.close();
  });
});
