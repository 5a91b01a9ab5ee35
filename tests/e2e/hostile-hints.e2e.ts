/**
 * Issue 19, item 2: a hostile page cannot hide or fake the hints. The generate page with a
 * compromised script (tests/fixtures/hostile/ocultar-pistas.html?ataque=<name>) hides the hint with
 * its CSS (opacity, visibility, clip-path, transform, off-screen, zero size, an outline over it,
 * transparent text with a "✓ Correcto" ::after, a ::first-line that Firefox passes into the
 * shadow root), with script (inline style, `hidden`), by moving
 * it into a hidden box, or fakes it ("✓ Correcto" elements with our tag or contract attributes).
 * After a person types an invalid cédula and leaves the field, the real hint must be where they
 * look and readable, by real geometry (bounding box in the viewport under the field,
 * elementFromPoint, checkVisibility) and by its pixels (dark text in a screenshot of its box),
 * and no fake is left. Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { chromiumPage, launchChromium, launchFirefox, shotPath, type ChromiumSession, type FirefoxSession } from './harness';
import { byId, waitLevelFn } from './content-helpers';
import { PORTAL_URLS } from '../../utils/portal/pages';

const PAGE = `${PORTAL_URLS.generate}pages/ocultar.jsf`;
const ROUTES = { [PAGE]: { file: 'hostile/ocultar-pistas.html' } };
const CEDULA = 'formGenerar:j_id15';
const BAD_CEDULA = '1714307104';

const CSS_ATTACKS = ['opacity', 'visibility', 'clip', 'scale', 'offscreen', 'shrink', 'cover', 'pseudo', 'firstline'];
const ATTACKS = [...CSS_ATTACKS, 'script', 'move', 'fake'];
/** Chromium keeps a host's ::first-line out of its shadow root: that attack is Firefox's only. */
const CHROMIUM_ATTACKS = ATTACKS.filter((a) => a !== 'firstline');

/** What a person would see of the field's hint (runs in the page; self-contained). */
function seen(inputId: string) {
  const input = document.getElementById(inputId)!;
  const host = (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? document.getElementById(id) : null))
    .find((el) => el?.localName === 'asistente-clave-hint');
  const fakes = Array.from(document.querySelectorAll('asistente-clave-hint,[data-asistente-field],[data-asistente-level]')).filter((el) => el !== host);
  if (!host) return { found: false, fakes: fakes.length };
  const r = host.getBoundingClientRect();
  const f = input.getBoundingClientRect();
  const cs = getComputedStyle(host);
  const hit = document.elementFromPoint(r.left + 12, r.top + r.height / 2);
  return {
    found: true,
    level: host.getAttribute('data-asistente-level'),
    visible: host.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
    // Our box: 16 px text in a padded, bordered box (two lines at most in this cell).
    readableSize: r.width >= 120 && r.height >= 24 && cs.fontSize === '16px',
    inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    underField: r.top >= f.bottom - 1 && r.top - f.bottom <= 20 && r.left <= f.left + 1 && r.right >= f.left + 100,
    onTop: hit === host,
    unaltered: [cs.opacity, cs.transform, cs.clipPath, cs.filter, cs.outlineStyle, cs.maskImage, cs.zoom].join(' '),
    pseudo: `${getComputedStyle(host, '::before').content} ${getComputedStyle(host, '::after').content}`,
    fakes: fakes.length,
    fakeText: document.body.innerText.includes('Correcto'),
  };
}

const EXPECTED = {
  found: true,
  level: 'error',
  visible: true,
  readableSize: true,
  inViewport: true,
  underField: true,
  onTop: true,
  unaltered: '1 none none none none none 1',
  pseudo: 'none none',
  fakes: 0,
  fakeText: false,
};

/** The host's box, less its border, for a screenshot. */
function hintBox(inputId: string) {
  const id = (document.getElementById(inputId)?.getAttribute('aria-describedby') ?? '').split(' ').pop()!;
  const r = document.getElementById(id)!.getBoundingClientRect();
  return { x: r.left + 4, y: r.top + 4, width: r.width - 8, height: r.height - 8 };
}

/**
 * Pixels of the error hint's dark red text (#7f0f0f) in a PNG screenshot; runs in a blank page
 * of the same browser (a canvas reads the pixels), never in the hostile page.
 */
async function inkPixels(pngBase64: string): Promise<number> {
  const img = new Image();
  img.src = `data:image/png;base64,${pngBase64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, img.width, img.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i]! < 170 && d[i + 1]! < 100 && d[i + 2]! < 100) n++;
  return n;
}

/** Enough dark text pixels for a dozen readable words (the error hint has about forty letters). */
const INK_MIN = 400;

/** What the page's script did (how often it attacked; fakes alive two frames after each insertion). */
function attacks() {
  const w = window as unknown as { __attacks: number; __fakeAlive: boolean[] };
  return { attacks: w.__attacks, fakeAlive: w.__fakeAlive };
}

function checkAttacked(attack: string, a: { attacks: number; fakeAlive: boolean[] }) {
  if (CSS_ATTACKS.includes(attack)) return;
  expect(a.attacks, 'the page really attacked').toBeGreaterThan(0);
  if (attack === 'fake') {
    expect(a.fakeAlive.length).toBeGreaterThan(0);
    // Every fake was gone two frames after the page put it in.
    expect(a.fakeAlive).not.toContain(true);
  }
}

describe('hints a hostile page cannot hide or fake, in Chromium', () => {
  let s: ChromiumSession;
  let blank: Page;
  beforeAll(async () => {
    s = await launchChromium(ROUTES);
    blank = await s.context.newPage();
  });
  afterAll(async () => s?.close());

  for (const attack of CHROMIUM_ATTACKS) {
    it(`${attack}: the real hint stays visible and readable under the field`, async () => {
      const page = await chromiumPage(s, `${PAGE}?ataque=${attack}`);
      await page.waitForSelector(`${byId(CEDULA)}[aria-describedby]`, { state: 'attached' });
      await page.locator(byId(CEDULA)).pressSequentially(BAD_CEDULA);
      await page.keyboard.press('Tab');
      await page.waitForFunction(waitLevelFn, [CEDULA, 'error'] as [string, string], { timeout: 5_000 });
      // The page's timed attacks (100 ms, 300 ms) have run by then.
      await page.waitForTimeout(600);
      await expect.poll(() => page.evaluate(seen, CEDULA), { timeout: 3_000 }).toEqual(EXPECTED);
      checkAttacked(attack, await page.evaluate(attacks));
      await page.screenshot({ path: shotPath(`hostile-hints-chromium-${attack}`) });
      const png = await page.screenshot({ clip: await page.evaluate(hintBox, CEDULA) });
      expect(await blank.evaluate(inkPixels, png.toString('base64'))).toBeGreaterThan(INK_MIN);
      await page.close();
    });
  }
});

describe('hints a hostile page cannot hide or fake, in Firefox', () => {
  let s: FirefoxSession;
  let blank: PPage;
  beforeAll(async () => {
    s = await launchFirefox(ROUTES);
    blank = await s.newPage('about:blank');
  });
  afterAll(async () => s?.close());

  for (const attack of ATTACKS) {
    it(`${attack}: the real hint stays visible and readable under the field`, async () => {
      const page = await s.newPage(`${PAGE}?ataque=${attack}`);
      await page.waitForSelector(`${byId(CEDULA)}[aria-describedby]`);
      await page.type(byId(CEDULA), BAD_CEDULA);
      await page.keyboard.press('Tab');
      await page.waitForFunction(waitLevelFn, { timeout: 5_000 }, [CEDULA, 'error'] as [string, string]);
      await new Promise((r) => setTimeout(r, 600));
      await expect.poll(() => page.evaluate(seen, CEDULA), { timeout: 3_000 }).toEqual(EXPECTED);
      checkAttacked(attack, await page.evaluate(attacks));
      await page.screenshot({ path: shotPath(`hostile-hints-firefox-${attack}`) });
      const png = await page.screenshot({ clip: await page.evaluate(hintBox, CEDULA), encoding: 'base64' });
      expect(await blank.evaluate(inkPixels, png)).toBeGreaterThan(INK_MIN);
      await page.close();
    });
  }
});
