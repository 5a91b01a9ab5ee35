/**
 * Presenter mode on the official pages' steps (issue 16 §4, 18, 19 §6), in Chromium: the clave
 * page walked in order (terms, each clave field with its on-screen keyboard, the button), captions
 * that fit the field (a landline is not a mobile), a caption that never covers the highlighted
 * control at 1093 × 450, 390 × 844 and 360 × 740 (touch, mobile emulation), also after A+, and
 * Escape typed in a field or on the portal's keypad left to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness';
import { byId, CONTENT_ROUTES, URLS } from './content-helpers';
import { boxesOf, Overlay, overlap, shot, stepOf, visualViewport } from './presenter-helpers';

const HOST = 'asistente-clave-presenter';
const PREFS = (presenter: boolean) => ({ prefs: { v: 1, lang: null, mailbox: null, presenter } });

const SIZES = [
  { name: 'desktop-1093x450', width: 1093, height: 450, mobile: false },
  { name: 'phone-390x844', width: 390, height: 844, mobile: true },
  { name: 'phone-360x740', width: 360, height: 740, mobile: true },
] as const;

/** The on-screen keyboard's first and last keys (its block is wider than its keys). */
const KEYS = ['[data-key="1"]', '[data-key="Sig."]', '[data-key="u"]'];
/** The clave page's steps, each with the controls its highlight must hold. */
const CLAVE_STEPS = [
  { caption: 'Lea las condiciones de uso y marque la casilla', controls: [byId('formClave:j_id60')] },
  { caption: 'Nueva clave: toque el teclado en pantalla', controls: [byId('formClave:j_id62'), ...KEYS] },
  { caption: 'Repita la nueva clave con el teclado en pantalla', controls: [byId('formClave:j_id64'), ...KEYS] },
  { caption: 'Pulse «Generar la clave»', controls: [byId('formClave:j_id70')] },
];

describe('presenter mode on the official clave pages, Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(CONTENT_ROUTES);
    await s.worker.evaluate((p) => chrome.storage.local.set(p), PREFS(true));
  });
  afterAll(async () => s?.close());

  async function open(url: string, size: (typeof SIZES)[number]) {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: size.mobile ? 3 : 1, mobile: size.mobile });
    if (size.mobile) await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await page.goto(url);
    await page.waitForFunction(stepOf);
    return { page, cdp, overlay: new Overlay(page, cdp) };
  }

  for (const size of SIZES) {
    it(`walks the clave page in order and never covers the highlighted control at ${size.width} × ${size.height}`, async () => {
      const { page, cdp, overlay } = await open(URLS.clave, size);
      // Emulated as asked: a phone shows this desktop page zoomed out (980 CSS px wide, no meta viewport).
      const v0 = await visualViewport(page);
      if (size.mobile) expect([Math.round(v0.width), Math.round(v0.width * v0.scale)]).toEqual([980, size.width]);
      else expect(v0).toMatchObject({ width: size.width, height: size.height, scale: 1 });
      for (const [n, step] of CLAVE_STEPS.entries()) {
        // A phone has no keyboard: a finger taps "Paso siguiente".
        if (n > 0 && size.mobile) await overlay.tap('Paso siguiente');
        else if (n > 0) await page.keyboard.press('ArrowRight');
        await expect.poll(() => overlay.step()).toBe(`${n + 1}/${CLAVE_STEPS.length}`);
        /** What is wrong with the layout now (the highlight glides 0.2 s to its place: polled). */
        const problems = async (label: string) => {
          const controls = await boxesOf(page, step.controls);
          const spot = await overlay.rect('data-presenter-spotlight');
          const caption = await overlay.rect('data-presenter-caption');
          const view = await visualViewport(page);
          const where = JSON.stringify({ label, size: size.name, n, controls, spot, caption, view });
          const out: string[] = [];
          if (!spot || !caption) return [`missing ${where}`];
          for (const c of controls) {
            // The highlight holds every control of the step; the caption touches none, nor the highlight.
            if (!(spot.left <= c.left && spot.top <= c.top && spot.left + spot.width >= c.left + c.width && spot.top + spot.height >= c.top + c.height)) out.push('control outside the highlight');
            if (overlap(caption, c)) out.push('caption over a control');
          }
          if (overlap(caption, spot)) out.push('caption over the highlight');
          // On screen: inside the visible part of the page.
          if (caption.left < view.left - 1 || caption.top < view.top - 1) out.push('caption off screen (top/left)');
          if (caption.left + caption.width > view.left + view.width + 1 || caption.top + caption.height > view.top + view.height + 1) out.push('caption off screen (bottom/right)');
          // Touch targets: 44 × 44 on screen for the caption's buttons.
          for (const b of await overlay.buttons()) if (Math.min(b.width, b.height) * view.scale < 43.5) out.push(`button smaller than 44 px on screen: ${JSON.stringify(b)}`);
          return out.length ? [...out, where] : [];
        };
        const check = (label: string) => expect.poll(() => problems(label), { timeout: 3000 }).toEqual([]);
        await expect.poll(async () => (await overlay.captionAX()).text).toContain(`Paso ${n + 1} de ${CLAVE_STEPS.length}: ${step.caption}`);
        await check('A');
        const ax = await overlay.captionAX();
        expect(ax.role).toBe('status');
        expect(ax.live).toBe('polite');
        if (n === 1) {
          await shot(cdp, `presenter-portal-${size.name}`);
          // A+ three times (the largest text): still clear of the control and on screen.
          const before = await overlay.textPx();
          for (let k = 0; k < 3; k++) {
            if (size.mobile) await overlay.tap('A+');
            else await page.keyboard.press('+');
          }
          await expect.poll(() => overlay.textPx()).toBeGreaterThan(before * 1.5);
          await check('A+');
          await shot(cdp, `presenter-portal-${size.name}-a-plus`);
          // Back to the first size: two steps down from the largest.
          for (let k = 0; k < 2; k++) {
            if (size.mobile) await overlay.tap('A−');
            else await page.keyboard.press('-');
          }
          await expect.poll(() => overlay.textPx()).toBeCloseTo(before, 1);
        }
      }
      // It never acts for the person.
      expect(page.url()).toBe(URLS.clave);
      expect(await page.locator(byId('formClave:j_id62')).inputValue()).toBe('');
      expect(await page.locator(byId('formClave:j_id60')).isChecked()).toBe(false);
      await page.close();
    });
  }

  it('says which phone is a mobile and which a landline', async () => {
    const { page, overlay } = await open(URLS.data, SIZES[0]);
    await expect.poll(() => overlay.step()).toBe('1/5');
    const captions: string[] = [];
    for (let n = 0; n < 5; n++) {
      if (n > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => overlay.step()).toBe(`${n + 1}/5`);
      await expect.poll(async () => (await overlay.captionAX()).text).toContain(`Paso ${n + 1} de 5`);
      captions.push((await overlay.captionAX()).text);
    }
    expect(captions[2]).toContain('Escriba su celular: 10 números, empieza con 09.');
    expect(captions[3]).toContain('Escriba su teléfono fijo');
    expect(captions[3]).not.toContain('09');
    expect(captions[4]).toContain('Pulse «Guardar».');
    await page.close();
  });

  it('keeps highlighting a field that a partial update replaced', async () => {
    const { page, overlay } = await open(URLS.unlock, SIZES[0]);
    // The fixture re-renders its whole form (new nodes, same JSF ids) 600 ms after load.
    await page.waitForFunction(() => ((window as unknown as { renders?: number }).renders ?? 0) >= 1);
    await expect.poll(() => overlay.step()).toBe('1/3');
    await expect
      .poll(async () => {
        const [field] = await boxesOf(page, [byId('formDesbloqueo:j_id8')]);
        const spot = await overlay.rect('data-presenter-spotlight');
        return !!spot && spot.left <= field!.left && spot.top <= field!.top && spot.left + spot.width >= field!.left + field!.width && spot.top + spot.height >= field!.top + field!.height;
      })
      .toBe(true);
    expect((await overlay.captionAX()).text).not.toContain('otra pantalla');
    await page.close();
  });

  it('leaves Escape typed in a field or on the keypad to the page, and leaves on Escape elsewhere', async () => {
    const { page, overlay } = await open(URLS.clave, SIZES[0]);
    const cedula = await open(URLS.generate, SIZES[0]);
    // The pages' own listeners (the portal's scripts run in the page).
    for (const p of [page, cedula.page]) {
      await p.evaluate(() => {
        (window as unknown as { escapes: string[] }).escapes = [];
        document.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') (window as unknown as { escapes: string[] }).escapes.push((e.target as Element).id || (e.target as Element).localName);
        });
      });
    }
    const escapes = (p: Page) => p.evaluate(() => (window as unknown as { escapes: string[] }).escapes);

    // Typing a cédula, then Escape: the page hears it, presenter mode stays.
    await cedula.page.bringToFront();
    await cedula.page.click(byId('formGenerar:j_id15'));
    await cedula.page.keyboard.type('17143');
    await cedula.page.keyboard.press('Escape');
    expect(await escapes(cedula.page)).toEqual(['formGenerar:j_id15']);
    await new Promise((r) => setTimeout(r, 300));
    expect(await cedula.overlay.step()).not.toBeNull();
    await cedula.page.close();

    // A key of the portal's on-screen keyboard, then Escape: the same.
    await page.bringToFront();
    await page.click(byId('formClave:j_id62'));
    await page.click(`${byId('formClave:teclado')} [data-key="a"]`);
    expect(await page.locator(byId('formClave:j_id62')).inputValue()).toBe('a');
    await page.keyboard.press('Escape');
    expect(await escapes(page)).toEqual(['button']);
    await new Promise((r) => setTimeout(r, 300));
    expect(await overlay.step()).not.toBeNull();

    // Focus back on the page itself (a click beside the form, away from the caption): Escape leaves.
    await page.mouse.click(5, 5);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    const prefs = (await s.worker.evaluate(() => chrome.storage.local.get('prefs'))) as { prefs: { presenter: boolean } };
    expect(prefs.prefs.presenter).toBe(false);
    await s.worker.evaluate((p) => chrome.storage.local.set(p), PREFS(true));
    await page.close();
  });
});
