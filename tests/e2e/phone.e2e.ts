/**
 * Phone size (issue 18: Firefox for Android). Chromium's mobile emulation (360 × 740 CSS px, touch,
 * device scale factor 3) for the popup as a full-screen overlay, the hints on the portal pages and
 * the practice portal: nothing scrolls sideways, every interactive element is at least 24 × 24 CSS
 * px (WCAG 2.5.8) and main actions 44 × 44 (measured with getBoundingClientRect), what matters now
 * is on the first screen, and a hint never covers a portal control. Then the Firefox popup in a
 * 360 px window. Screenshots in tests/artifacts/phone/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_ROUTES, URLS } from './content-helpers';
import { ROOT, body, launchChromium, launchFirefox, type ChromiumSession, type Device, type Routes } from './harness';
import { hintsOverControls, overflow, smallTargets, type Rect } from './phone-helpers';

declare const chrome: { storage: { local: { set(v: unknown): Promise<void> } } };

const OUT = join(ROOT, 'tests/artifacts/phone');
mkdirSync(OUT, { recursive: true });
const W = 360;
const H = 740;
const PHONE: Device = { viewport: { width: W, height: H }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const READY = '[data-testid="popup"][data-ready="true"]';

const FIRST_STEP = { afiliado: 'afiliado.open', unlock: 'unlock.check', update: 'update.open', empleador: 'empleador.open', biess: 'biess.clave' };
const TASKS = Object.keys(FIRST_STEP) as (keyof typeof FIRST_STEP)[];
const task = (done: string[], at: number, wait?: number) => ({
  done: Object.fromEntries(done.map((id) => [id, at])),
  startedAt: at,
  updatedAt: at,
  emailWait: wait == null ? null : { startedAt: wait },
});
const now = () => Date.now();
const SEEDS = {
  chooser: () => ({ profile: null, tasks: {} }),
  waiting: () => ({
    profile: 'afiliado',
    tasks: { afiliado: task(['afiliado.open', 'afiliado.cedula', 'afiliado.robot', 'afiliado.questions', 'afiliado.email'], now() - 40_000, now() - 40_000) },
  }),
  expired: () => ({
    profile: 'unlock',
    tasks: { unlock: task(['unlock.check', 'unlock.open', 'unlock.cedula', 'unlock.email'], now() - 5 * 60_000, now() - 5 * 60_000) },
  }),
  done: () => ({ profile: 'biess', tasks: { biess: task(['biess.clave', 'biess.open', 'biess.login', 'biess.done'], now() - 60_000) } }),
};

/** Main actions: 44 × 44 at least. */
const POPUP_MAIN = '[data-profile], [data-testid="current-action"], [data-testid="ask-again"], [data-testid="unmark-yes"], [data-testid="unmark-no"]';
const PRACTICE_MAIN = '.portal-button, .key, button[data-practice-target], [data-practice-flow-button]';

/** Top and bottom (CSS px, page coordinates) of the first element matching a selector. */
async function box(page: Page, sel: string): Promise<Rect> {
  const b = await page.locator(sel).first().boundingBox();
  expect(b, sel).not.toBeNull();
  return b!;
}
const bottom = async (page: Page, sel: string) => {
  const b = await box(page, sel);
  return b.y + b.height;
};

/** The checks every phone screen passes. */
async function phoneChecks(page: Page, main: string, name: string) {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  const o = await page.evaluate(overflow);
  expect(o.offside, `${name}: runs off the side`).toEqual([]);
  expect(o.scrollWidth, `${name}: sideways scrolling`).toBeLessThanOrEqual(o.clientWidth);
  expect(await page.evaluate(smallTargets, main), `${name}: small touch targets`).toEqual([]);
}

describe('phone size in Chromium (360 × 740, touch, 3×)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium({ ...CONTENT_ROUTES, ...withViewportMeta(CONTENT_ROUTES) }, { device: PHONE });
  });
  afterAll(async () => s?.close());

  async function popup(seed: ReturnType<(typeof SEEDS)[keyof typeof SEEDS]>): Promise<Page> {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.waitForSelector(READY);
    await page.evaluate((progress) => chrome.storage.local.set({ progress: { v: 2, ...progress } }), seed);
    await page.reload();
    await page.waitForSelector(READY);
    return page;
  }

  it('is a phone: 360 px wide layout, touch, 3 device pixels per CSS px', async () => {
    const page = await popup(SEEDS.chooser());
    const env = await page.evaluate(() => ({
      w: document.documentElement.clientWidth,
      touch: navigator.maxTouchPoints > 0,
      dpr: devicePixelRatio,
    }));
    expect(env).toEqual({ w: W, touch: true, dpr: 3 });
    await page.close();
  });

  it('popup chooser: the popup fills the screen, all five tasks on the first screen', async () => {
    const page = await popup(SEEDS.chooser());
    expect((await box(page, '[data-testid="popup"]')).width).toBeGreaterThanOrEqual(W - 1);
    for (const id of TASKS) expect(await bottom(page, `[data-profile="${id}"]`), id).toBeLessThanOrEqual(H);
    await phoneChecks(page, POPUP_MAIN, 'popup-chooser');
    await page.close();
  });

  it('popup, first step of each task (tapped): the step and its action on the first screen', async () => {
    const page = await popup(SEEDS.chooser());
    for (const id of TASKS) {
      await page.tap(`[data-profile="${id}"]`);
      await page.waitForSelector(`[data-testid="checklist"][data-profile="${id}"]`);
      expect(await page.getAttribute('[aria-current="step"]', 'data-step')).toBe(FIRST_STEP[id]);
      expect(await bottom(page, '[aria-current="step"] label'), id).toBeLessThanOrEqual(H);
      expect(await bottom(page, '[aria-current="step"] [data-testid="current-action"]'), id).toBeLessThanOrEqual(H);
      await phoneChecks(page, POPUP_MAIN, `popup-first-${id}`);
      await page.tap('[data-testid="change-profile"]');
      await page.waitForSelector('[data-testid="chooser"]');
    }
    await page.close();
  });

  it('popup, waiting for the email, expired link and all done: what matters now on the first screen', async () => {
    let page = await popup(SEEDS.waiting());
    await page.waitForSelector('[data-testid="clock"]');
    for (const sel of ['[aria-current="step"] label', '[data-testid="current-action"]', '[data-testid="clock"]']) {
      expect(await bottom(page, sel), sel).toBeLessThanOrEqual(H);
    }
    await phoneChecks(page, POPUP_MAIN, 'popup-waiting');
    // Every disclosure open ("No me llega el correo", ways on with their phone links and sources…).
    const summaries = page.locator('details:not([open]) > summary');
    while ((await summaries.count()) > 0) await summaries.first().tap();
    await phoneChecks(page, POPUP_MAIN, 'popup-waiting-open');
    await page.close();

    page = await popup(SEEDS.expired());
    await page.waitForSelector('[data-testid="ask-again"]');
    expect(await bottom(page, '[data-testid="ask-again"]')).toBeLessThanOrEqual(H);
    expect(await bottom(page, '[data-testid="unmark-yes"]')).toBeLessThanOrEqual(H);
    await phoneChecks(page, POPUP_MAIN, 'popup-expired');
    await page.close();

    page = await popup(SEEDS.done());
    await page.waitForSelector('[data-testid="all-done"]');
    expect(await bottom(page, '[data-testid="all-done"]')).toBeLessThanOrEqual(H);
    await phoneChecks(page, POPUP_MAIN, 'popup-done');
    await page.close();
  });

  it('the printable guide on a phone screen: nothing runs off the side, targets big enough', async () => {
    const page = await s.context.newPage();
    for (const task of TASKS) {
      await page.goto(`chrome-extension://${s.extensionId}/print.html?task=${task}&lang=es`);
      await page.waitForSelector(`[data-testid="print-guide"][data-task="${task}"]`);
      await phoneChecks(page, '[data-testid="print-now"]', `print-${task}`);
    }
    await page.close();
  });

  // The portal's pages as they are (no viewport tag: laid out 980 px wide and zoomed out, as a
  // phone shows a desktop page) and with `width=device-width` (360 px wide, as newer apps are).
  const HINT_PAGES = ['generate', 'data', 'clave', 'unlock', 'update', 'change', 'employerSignup', 'biess'] as const;
  for (const mobile of [false, true]) {
    it(`hints on the portal pages${mobile ? ' with a device-width viewport' : ''}: no sideways scrolling, no control covered`, async () => {
      for (const key of HINT_PAGES) {
        const page = await s.context.newPage();
        await page.goto(mobile ? mobileUrl(URLS[key]) : URLS[key]);
        await page.waitForSelector('asistente-clave-hint[data-asistente-level]', { state: 'attached' });
        // Wrong values everywhere, typed: the longest hints (errors) are shown.
        const fields = page.locator('input[aria-describedby]:is([type="text"], [type="password"], [type="email"], [type="tel"], :not([type]))');
        for (let i = 0; i < (await fields.count()); i++) {
          await fields.nth(i).tap();
          await page.keyboard.type('12ab@');
        }
        await page.locator('body').tap({ position: { x: 2, y: 2 } });
        // Every field that took the typing (not the read-only ones of an on-screen keyboard) is judged.
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll<HTMLInputElement>('input[aria-describedby]'))
            .filter((i) => i.value)
            .every((i) => document.querySelector(`#${CSS.escape(i.getAttribute('aria-describedby')!.split(' ').pop()!)}`)?.getAttribute('data-asistente-level') !== 'empty'),
        );
        const name = `hints-${key}${mobile ? '-mobile' : ''}`;
        await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
        const o = await page.evaluate(overflow);
        expect(o.scrollWidth, `${name}: sideways scrolling`).toBeLessThanOrEqual(o.clientWidth);
        expect(await page.evaluate(hintsOverControls), `${name}: hints over controls`).toEqual([]);
        await page.close();
      }
    });
  }

  it('practice portal: the first field and the made-up data beside it on the first screen, every flow', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/practice.html`);
    for (const flow of ['generate', 'unlock', 'employer'] as const) {
      await page.tap(`[data-practice-flow-button="${flow}"]`);
      await page.waitForSelector(`[data-practice-flow="${flow}"]`);
      const field = await box(page, '#practice-screen input:not([type="hidden"])');
      expect(field.y + field.height, `${flow}: first field`).toBeLessThanOrEqual(H);
      // The value to type in that field is readable without scrolling away from the form.
      const fake = await box(page, '.data-card dd[data-fake]');
      expect(fake.y + fake.height, `${flow}: made-up data`).toBeLessThanOrEqual(H);
      // Next to the form (beside it or just above it), never below it.
      const [card, form] = [await box(page, '.data-card'), await box(page, '#practice-screen')];
      expect(card.y, `${flow}: card below the form`).toBeLessThan(form.y + form.height / 2);
      await phoneChecks(page, PRACTICE_MAIN, `practice-${flow}`);
      // Typing the made-up value works with the card where it is.
      const value = (await page.locator('.data-card dd[data-fake]').first().textContent())!.trim();
      await page.locator('#practice-screen input:not([type="hidden"])').first().tap();
      await page.keyboard.type(value);
      await page.waitForSelector('#practice-screen asistente-clave-hint[data-asistente-level="ok"]', { state: 'attached' });
    }
    // The phone held sideways (740 × 360): the card beside the form, nothing runs off the side.
    await page.setViewportSize({ width: H, height: W });
    const [card, form] = [await box(page, '.data-card'), await box(page, '#practice-screen')];
    expect(card.x, 'sideways: card beside the form').toBeGreaterThanOrEqual(form.x + form.width);
    expect(card.y, 'sideways: card beside the form').toBeLessThan(form.y + form.height / 2);
    await phoneChecks(page, PRACTICE_MAIN, 'practice-sideways');
    // Nothing of the form runs out of it (under the card).
    const outside = await page.$$eval('#practice-screen input, #practice-screen button', (els) => {
      const form = document.getElementById('practice-screen')!.getBoundingClientRect();
      return els.filter((e) => e.getBoundingClientRect().right > form.right + 0.5).map((e) => e.id || e.textContent);
    });
    expect(outside, 'sideways: controls out of the form').toEqual([]);
    await page.close();
  });
});

/** The same routes at `?movil`, their HTML with a device-width viewport tag. */
function withViewportMeta(routes: Routes): Routes {
  return Object.fromEntries(
    Object.entries(routes).map(([url, entry]) => [
      mobileUrl(url),
      { html: body(entry).replace(/<head>/i, '<head><meta name="viewport" content="width=device-width, initial-scale=1">') },
    ]),
  );
}
function mobileUrl(url: string): string {
  return `${url}?movil=1`;
}

describe('the Firefox popup in a 360 px window', () => {
  it('chooser and first step: nothing runs off the side, the tasks and the action on the first screen', async () => {
    const f = await launchFirefox();
    try {
      const page = await f.newPage(`${f.baseUrl}/popup.html`);
      await page.setViewport({ width: W, height: H });
      await page.waitForSelector(READY);
      const sizes = () => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, innerWidth]);
      const [sw, cw, iw] = await sizes();
      // Desktop Firefox draws a classic scroll bar inside the window; Android's overlays the page.
      expect(iw).toBe(W);
      expect(sw).toBeLessThanOrEqual(cw!);
      const bottomOf = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().bottom + scrollY);
      for (const id of TASKS) expect(await bottomOf(`[data-profile="${id}"]`)).toBeLessThanOrEqual(H);
      await page.screenshot({ path: join(OUT, 'firefox-popup-chooser.png') });
      await page.click('[data-profile="afiliado"]');
      await page.waitForSelector('[aria-current="step"] [data-testid="current-action"]');
      expect(await bottomOf('[aria-current="step"] [data-testid="current-action"]')).toBeLessThanOrEqual(H);
      const [sw2, cw2] = await sizes();
      expect(sw2).toBeLessThanOrEqual(cw2!);
      await page.screenshot({ path: join(OUT, 'firefox-popup-first-afiliado.png') });
    } finally {
      await f.close();
    }
  });
});
