/**
 * A heavy page (issue 19 §5) in real browsers: a clock changing the body's text every 100 ms and
 * 100 fields whose labels hold about 100 KB each (tests/fixtures/hostile/generar-pesado.html).
 * The hints appear, follow what a person types, stay correct while the clock runs, and a field
 * the page adds later gets its hint. (How fast: `npm run bench`, not here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPage, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';
import { byId, chromiumTab, firefoxTab, type Tab } from './content-helpers';
import { PORTAL_URLS } from '../../utils/portal/pages';

const HEAVY = `${PORTAL_URLS.generate}pages/pesado.jsf`;
const ROUTES = {
  [HEAVY]: { file: 'hostile/generar-pesado.html' },
  [new URL('/favicon.ico', PORTAL_URLS.generate).href]: { html: '', status: 204 },
};
const CEDULA = 'formPesado:j_id5';
const EMAIL = 'formPesado:j_id7';
const CONFIRM = 'formPesado:j_id9';
const PHONE = 'formPesado:j_id200';

const ticks = () => (window as unknown as { __ticks: number }).__ticks;

async function heavyPage(tab: Tab) {
  // The three fields with a name a person knows get hints; the 97 "Observación" fields none.
  await tab.waitHints(3);
  const kinds = (await tab.hints()).map((h) => h.field).sort();
  expect(kinds).toEqual(['cedula', 'email', 'email-confirm']);
  expect((await tab.hints()).every((h) => h.describedBy && !h.shadowVisible)).toBe(true);

  // Typed like a person, while the clock runs: a wrong check digit, then the right cédula.
  await tab.type(byId(CEDULA), '1714307104');
  await tab.waitLevel(CEDULA, 'error');
  await tab.clear(byId(CEDULA));
  await tab.type(byId(CEDULA), '1714307103');
  await tab.waitLevel(CEDULA, 'ok');
  await tab.type(byId(EMAIL), 'ana.perez@gmail.com');
  await tab.type(byId(CONFIRM), 'ana.perez@gmail.co');
  await tab.press('Tab');
  await tab.waitLevel(CONFIRM, 'error');
  await tab.click(byId(CONFIRM));
  await tab.press('End');
  await tab.type(byId(CONFIRM), 'm');
  await tab.waitLevel(CONFIRM, 'ok');

  // A second of clock ticks later, the same hints say the same thing.
  const before = await tab.eval(ticks);
  await tab.sleep(1000);
  expect((await tab.eval(ticks)) - before).toBeGreaterThanOrEqual(5);
  expect((await tab.hints()).map((h) => `${h.field}:${h.level}`).sort()).toEqual(['cedula:ok', 'email-confirm:ok', 'email:ok']);

  // A field the page adds to its form gets its hint, judged by its (100 KB) label's first words.
  await tab.click('#agregar');
  await tab.waitHints(4);
  expect((await tab.hints()).map((h) => h.field)).toContain('phone');
  await tab.type(byId(PHONE), '0991234567');
  await tab.waitLevel(PHONE, 'ok');
  expect(await tab.level(CEDULA)).toBe('ok');
}

describe('heavy page in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(ROUTES);
  });
  afterAll(async () => s?.close());

  it('hints appear and stay correct with a 100 ms clock and 100 KB labels', async () => {
    const page = await chromiumPage(s, HEAVY);
    await heavyPage(chromiumTab(page));
    await page.close();
  });
});

describe('heavy page in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(ROUTES);
  });
  afterAll(async () => s?.close());

  it('hints appear and stay correct with a 100 ms clock and 100 KB labels', async () => {
    const page = await s.newPage(HEAVY);
    await heavyPage(firefoxTab(page));
    await page.close();
  });
});
