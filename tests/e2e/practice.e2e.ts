/**
 * The practice portal in real browsers: the whole generate flow with the made-up data, the same
 * hints as on the portal, the popup checklist's practice progress ticking, the countdown, the
 * message in Spam, presenter mode highlighting each step, and no network request at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, shotPath, type ChromiumSession, type FirefoxSession } from './harness';
import { waitLevelFn } from './content-helpers';
import { PORTAL_URLS } from '../../utils/portal/pages';

interface Driver {
  text(sel: string): Promise<string>;
  waitFor(sel: string): Promise<void>;
  /** Waits until the hint described by the input's aria-describedby shows `level`. */
  waitLevel(inputId: string, level: string): Promise<void>;
  screen(): Promise<string | null>;
  storage(): Promise<Record<string, unknown>>;
  /** Spotlight box and target box, in viewport pixels. */
  boxes(targetSel: string): Promise<{ spot: DOMRect | null; target: DOMRect | null; caption: string }>;
  clickFolder(folder: string): Promise<void>;
}

function boxesIn(sel: string) {
  const r = (el: Element | null) => (el ? (el.getBoundingClientRect().toJSON() as DOMRect) : null);
  return {
    spot: r(document.querySelector('[data-presenter-spotlight]')),
    target: r(document.querySelector(sel)),
    caption: document.querySelector('.presenter-text')?.textContent ?? '',
  };
}
function dumpStorage(): Promise<Record<string, unknown>> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.storage.local.get(null);
}

function chromiumDriver(page: Page): Driver {
  return {
    text: async (sel) => (await page.locator(sel).first().textContent()) ?? '',
    waitFor: async (sel) => void (await page.waitForSelector(sel, { state: 'attached' })),
    waitLevel: async (inputId, level) => void (await page.waitForFunction(waitLevelFn, [inputId, level] as [string, string], { timeout: 5000 })),
    screen: () => page.locator('[data-practice-screen]').getAttribute('data-practice-screen'),
    storage: () => page.evaluate(dumpStorage),
    boxes: (sel) => page.evaluate(boxesIn, sel),
    clickFolder: (folder) => page.locator(`[data-folder="${folder}"]`).click(),
  };
}

function firefoxDriver(page: PPage): Driver {
  return {
    text: (sel) => page.$eval(sel, (e) => e.textContent ?? ''),
    waitFor: async (sel) => void (await page.waitForSelector(sel)),
    waitLevel: async (inputId, level) => void (await page.waitForFunction(waitLevelFn, { timeout: 5000 }, [inputId, level] as [string, string])),
    screen: () => page.$eval('[data-practice-screen]', (e) => e.getAttribute('data-practice-screen')),
    storage: () => page.evaluate(dumpStorage),
    boxes: (sel) => page.evaluate(boxesIn, sel),
    clickFolder: (folder) => page.click(`[data-folder="${folder}"]`),
  };
}

const id = (v: string) => `[id="${v}"]`;

/** Empties a field as a person does: select all, then Backspace. */
async function clearField(page: Page, sel: string) {
  await page.locator(sel).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

/** The current screen at a phone's and a laptop's size, into tests/artifacts/practice/. */
async function shoot(page: Page, name: string) {
  const before = page.viewportSize();
  for (const [w, h] of [[360, 740], [1280, 800]] as const) {
    await page.setViewportSize({ width: w, height: h });
    // From the top, so the sticky banner is where a person sees it first.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/artifacts/practice/${name}-${w}x${h}.png`, fullPage: true });
    expect(await page.evaluate(addressesWhole), `${name} at ${w}px`).toEqual([]);
  }
  if (before) await page.setViewportSize(before);
}

/**
 * Addresses never break inside a word: every piece between two wrap points (<wbr>) sits on one
 * line, and nothing runs off the side. Runs in the page.
 */
function addressesWhole(): string[] {
  const bad: string[] = [];
  for (const el of Array.from(document.querySelectorAll('.address'))) {
    for (const node of Array.from(el.querySelectorAll('.address-part'))) {
      if (!node.textContent) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
      if (lines.size > 1) bad.push(`"${node.textContent}" on ${lines.size} lines`);
      const box = el.closest('.real-portal, dd')?.getBoundingClientRect();
      if (box && range.getBoundingClientRect().right > box.right + 0.5) bad.push(`"${node.textContent}" runs out of its box`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth) bad.push(`page ${document.documentElement.scrollWidth}px wide`);
  return bad;
}
/** Storage v2 keeps progress per task: the afiliado task's entry (the flow these tests walk). */
const practiceProgress = async (d: Driver) => {
  type Task = { done: Record<string, number>; emailWait: { startedAt: number } | null };
  const p = ((await d.storage()).practiceProgress ?? {}) as { profile?: string; tasks?: Record<string, Task> };
  const task = p.tasks?.afiliado;
  return { profile: p.profile, done: task?.done, emailWait: task?.emailWait ? { flow: 'afiliado' } : null };
};

describe('practice portal in Chromium', () => {
  let s: ChromiumSession;
  let page: Page;
  beforeAll(async () => {
    s = await launchChromium({});
  });
  afterAll(async () => s?.close());

  it('walks the whole generate flow with hints, ticks, countdown, Spam and no network', async () => {
    page = await s.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`chrome-extension://${s.extensionId}/practice.html`);
    const d = chromiumDriver(page);
    await d.waitFor('[data-fake="cedula"]');
    const cedula = (await d.text('[data-fake="cedula"]')).trim();
    const birth = (await d.text('[data-fake="birthDate"]')).trim();
    const mobile = (await d.text('[data-fake="mobile"]')).trim();
    const email = (await d.text('[data-fake="email"]')).trim();
    const answers = await page.locator('[data-fake="answers"]').textContent();

    // Screen 1: the cédula field gets the portal's hint; a wrong check digit is an error.
    const cedId = 'formGenerar:j_id15';
    const ced = id(cedId);
    await d.waitFor(`${ced}[aria-describedby]`);
    const wrong = `${cedula.slice(0, 9)}${(Number(cedula[9]) + 1) % 10}`;
    await page.locator(ced).pressSequentially(wrong);
    await page.locator('input[name="robot"]').focus();
    await d.waitLevel(cedId, 'error');
    await clearField(page, ced);
    await page.locator(ced).pressSequentially(cedula);
    await d.waitLevel(cedId, 'ok');
    await page.locator('input[name="robot"]').check();
    await page.locator('[data-practice-target="search"]').click();
    expect(await d.screen()).toBe('questions');

    // Screen 2: birth date and the answers from the data card. A person may type the date with
    // dashes and without the zeros (05/06/1960 as 5-6-1960): it is understood.
    const [dd, mm, yyyy] = birth.split('/');
    const typedBirth = `${Number(dd)}-${Number(mm)}-${yyyy}`;
    await page.locator(id('formPreguntas:j_id31')).pressSequentially('1960');
    for (const [q, a] of [...(answers ?? '').matchAll(/→ (?:Respuesta|Answer) ([ABC])/g)].map((m, i) => [`q${i + 1}`, `a${'ABC'.indexOf(m[1]!) + 1}`])) {
      await page.locator(`input[name="${q}"][value="${a}"]`).check();
    }
    await page.locator('#formPreguntas button[type="submit"]').click();
    expect(await d.screen()).toBe('questions'); // a year alone is no date: the field says the format
    expect(await d.text('#formPreguntas [role="alert"]')).toMatch(/día\/mes\/año, por ejemplo 05\/11\/1961/);
    await clearField(page, id('formPreguntas:j_id31'));
    await page.locator(id('formPreguntas:j_id31')).pressSequentially(typedBirth);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-practice-screen="contact"]');
    expect(await d.screen()).toBe('contact');

    // Screen 3: email + confirmation + mobile, each with its hint.
    await page.locator(id('formDatos:j_id41')).pressSequentially('persona.prueba@gmial.com');
    await page.locator(id('formDatos:j_id43')).focus();
    await d.waitLevel('formDatos:j_id41', 'warn'); // a typo suggestion, not a block
    await clearField(page, id('formDatos:j_id41'));
    await page.locator(id('formDatos:j_id41')).pressSequentially(email);
    await d.waitLevel('formDatos:j_id41', 'ok');
    await page.locator(id('formDatos:j_id43')).pressSequentially(email);
    await d.waitLevel('formDatos:j_id43', 'ok');
    await page.locator(id('formDatos:j_id45')).pressSequentially(mobile);
    await d.waitLevel('formDatos:j_id45', 'ok');
    await page.locator('[data-practice-target="send"]').click();

    // Screen 4: "Se ha enviado un correo" starts the 15-minute countdown and ticks the checklist.
    expect(await d.screen()).toBe('sent');
    const left = Number(await page.locator('[data-countdown-left]').getAttribute('data-countdown-left'));
    expect(left).toBeGreaterThan(14 * 60);
    expect(left).toBeLessThanOrEqual(15 * 60);
    await expect.poll(async () => (await practiceProgress(d)).emailWait?.flow, { timeout: 5000 }).toBe('afiliado');
    const afterEmail = await practiceProgress(d);
    expect(Object.keys(afterEmail.done ?? {})).toEqual(expect.arrayContaining(['afiliado.open', 'afiliado.cedula', 'afiliado.email']));
    // Practice progress is kept apart: the real checklist is untouched.
    expect((await d.storage()).progress ?? null).toBeNull();
    await page.locator('#practice-screen button').click();

    // Screen 5: the inbox is empty, the message sits in Spam.
    expect(await d.screen()).toBe('mailbox');
    expect(await page.locator('[data-practice-target="message"]').count()).toBe(0);
    await d.clickFolder('spam');
    await page.locator('[data-practice-target="message"]').click();
    await page.locator('[data-mail-link]').click();

    // Screen 6: terms, then the on-screen keyboard sets the value by script; hints follow it.
    expect(await d.screen()).toBe('clave');
    const clave = 'Luna427casa';
    const newId = 'formClave:j_id61';
    const confirmId = 'formClave:j_id63';
    const newSel = id(newId);
    const confirmSel = id(confirmId);
    await d.waitFor(`${newSel}[aria-describedby]`);
    await page.locator(newSel).click();
    for (const ch of 'luna!'.replace('!', '')) await page.locator('.key', { hasText: new RegExp(`^${ch}$`) }).click();
    await d.waitLevel(newId, 'empty'); // 4 letters so far: not shouted while typing
    await page.locator('.key', { hasText: /^(Mayúsculas|Capitals)$/ }).click();
    await page.locator(newSel).click();
    await page.locator('.key', { hasText: /^(Limpiar|Clear)$/ }).click();
    for (const ch of clave) {
      const upper = ch !== ch.toLowerCase();
      const pressed = (await page.locator('.key[aria-pressed]:not([data-kb-target])').getAttribute('aria-pressed')) === 'true';
      if (upper !== pressed) await page.locator('.key[aria-pressed]:not([data-kb-target])').click();
      await page.locator('.key', { hasText: new RegExp(`^${ch}$`) }).click();
    }
    await d.waitLevel(newId, 'ok');
    await page.locator(confirmSel).click();
    for (const ch of clave.slice(0, -1)) {
      const upper = ch !== ch.toLowerCase();
      const pressed = (await page.locator('.key[aria-pressed]:not([data-kb-target])').getAttribute('aria-pressed')) === 'true';
      if (upper !== pressed) await page.locator('.key[aria-pressed]:not([data-kb-target])').click();
      await page.locator('.key', { hasText: new RegExp(`^${ch}$`) }).click();
    }
    await page.locator('input[name="terms"]').check(); // leaving the keyboard: the mismatch shows
    await d.waitLevel(confirmId, 'error');
    await page.locator('[data-practice-target="generate"]').click();
    // The error says which field is wrong.
    expect(await d.text('#formClave [role="alert"]')).toMatch(/«Confirmar clave» no es igual/);
    await shoot(page, 'clave-error');
    await page.locator(confirmSel).click();
    await page.locator('.key', { hasText: /^a$/ }).click();
    await d.waitLevel(confirmId, 'ok');
    await page.locator('[data-practice-target="generate"]').click();

    // Screen 7: success; the checklist reached "create the clave"; the next step is the official
    // page, in a new tab.
    expect(await d.screen()).toBe('done');
    const real = page.locator('[data-real-portal]');
    expect(await real.getAttribute('href')).toBe(PORTAL_URLS.generate);
    expect(await real.getAttribute('target')).toBe('_blank');
    expect(await real.getAttribute('rel')).toContain('noopener');
    await shoot(page, 'generate-done');
    await expect.poll(async () => Object.keys((await practiceProgress(d)).done ?? {}), { timeout: 5000 }).toContain('afiliado.clave');

    // Nothing typed is at rest, and the page made no request outside the extension.
    const dump = JSON.stringify(await d.storage());
    for (const v of [cedula, mobile, email, clave, birth]) expect(dump).not.toContain(v);
    const outside = requests.filter((u) => !u.startsWith(`chrome-extension://${s.extensionId}/`) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    await page.close();
  });

  it('presenter mode highlights the element of each step and moves with the arrow keys', async () => {
    page = await s.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`chrome-extension://${s.extensionId}/practice.html`);
    await page.waitForSelector('[data-fake="cedula"]');
    await page.evaluate(() => chrome.storage.local.set({ prefs: { v: 1, lang: null, mailbox: null, presenter: true } }));
    await page.waitForSelector('[data-presenter-spotlight]');
    const d = chromiumDriver(page);
    const expectOn = async (target: string, n: number) => {
      await expect
        .poll(async () => {
          const b = await d.boxes(`#practice-screen [data-practice-target="${target}"]`);
          if (!b.spot || !b.target) return 'missing';
          const inside = b.spot.left <= b.target.left && b.spot.top <= b.target.top && b.spot.right >= b.target.right && b.spot.bottom >= b.target.bottom;
          return inside && b.caption.startsWith(`Paso ${n} de 14`) ? 'ok' : `${b.caption} ${JSON.stringify(b)}`;
        }, { timeout: 3000 })
        .toBe('ok');
    };
    await expectOn('cedula', 1);
    await page.keyboard.press('ArrowRight');
    await expectOn('robot', 2);
    await page.keyboard.press('ArrowRight');
    await expectOn('search', 3);
    await page.keyboard.press('ArrowLeft');
    await expectOn('robot', 2);
    await page.screenshot({ path: shotPath('practice-presenter') }).catch(() => undefined);
    // It never acts for the person: the screen did not change, nothing was typed.
    expect(await d.screen()).toBe('id');
    expect(await page.locator(id('formGenerar:j_id15')).inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);
    const prefs = (await d.storage()).prefs as { presenter?: boolean };
    expect(prefs.presenter).toBe(false);
    await page.close();
  });
});

describe('practice portal in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox({});
  });
  afterAll(async () => s?.close());

  it('shows the hints, ticks practice progress and sends nothing out', async () => {
    const page = await s.newPage(`${s.baseUrl}/practice.html`);
    const d = firefoxDriver(page);
    await d.waitFor('[data-fake="cedula"]');
    const cedula = (await d.text('[data-fake="cedula"]')).trim();
    const cedId = 'formGenerar:j_id15';
    const ced = id(cedId);
    await d.waitFor(`${ced}[aria-describedby]`);
    await page.type(ced, cedula.slice(0, 7));
    await page.click('input[name="robot"]');
    await d.waitLevel(cedId, 'error'); // incomplete, shown on leaving
    await page.click(ced);
    await page.type(ced, cedula.slice(7));
    await d.waitLevel(cedId, 'ok');
    await page.click('[data-practice-target="search"]');
    await page.waitForSelector('[data-practice-screen="questions"]');
    const progress = async () => Object.keys((await practiceProgress(d)).done ?? {});
    await expect.poll(progress, { timeout: 5000 }).toEqual(expect.arrayContaining(['afiliado.open', 'afiliado.cedula']));

    // The employer flow: RUC and legal representative's cédula get their hints.
    await page.click('[data-practice-flow-button="employer"]');
    await page.waitForSelector('[data-practice-screen="employer-form"]');
    const ruc = (await d.text('[data-fake="ruc"]')).trim();
    await d.waitFor(`${id('formEmpleador:j_id21')}[aria-describedby]`);
    await page.type(id('formEmpleador:j_id21'), ruc);
    await d.waitLevel('formEmpleador:j_id21', 'ok');

    // Presenter mode from the stored preference.
    await page.evaluate(() => (globalThis as any).browser.storage.local.set({ prefs: { v: 1, lang: null, mailbox: null, presenter: true } }));
    await page.waitForSelector('[data-presenter-spotlight]');
    expect((await d.boxes('#practice-screen [data-practice-target="ruc"]')).caption).toMatch(/^Paso 1 de 5/);

    const dump = JSON.stringify(await d.storage());
    expect(dump).not.toContain(cedula);
    expect(dump).not.toContain(ruc);
    const outside = s.requests.filter((u) => /^(https?|wss?):/.test(u));
    expect(outside).toEqual([]);
    await page.close();
  });
});
