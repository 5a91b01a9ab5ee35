/**
 * Store screenshots, 1280×800, made from the real extension in Chromium: hints on a portal page,
 * the popup, the practice portal with presenter mode. Every run writes them to tests/artifacts/store
 * (not kept); `npm run store:screenshots` writes the set kept in the repository, store/screenshots/
 * (they change on every run: made-up data and the time in the popup).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchChromium, type ChromiumSession } from './harness';
import { PORTAL_URLS } from '../../utils/portal/pages';

const OUT = join(ROOT, process.env.STORE_SCREENSHOTS ? 'store/screenshots' : 'tests/artifacts/store');
const DATOS = `${PORTAL_URLS.generate}pages/datos.jsf`;
const W = 1280;
const H = 800;

function pngSize(file: string) {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function frame(page: Page, title: string, images: { src: Buffer; width: number }[], file: string) {
  const imgs = images.map((i) => `<img src="data:image/png;base64,${i.src.toString('base64')}" style="width:${i.width}px">`).join('');
  await page.setViewportSize({ width: W, height: H });
  await page.setContent(
    `<html><body style="margin:0;width:${W}px;height:${H}px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:16px;background:#0b5394;font:28px system-ui,sans-serif;color:#fff">` +
      `<p style="margin:0;font-weight:700">${title}</p><div style="display:flex;gap:24px;align-items:flex-start">${imgs}</div></body></html>`,
  );
  await page.screenshot({ path: join(OUT, file) });
}

describe('store screenshots (Chromium)', () => {
  for (const locale of ['es-EC', 'en-US']) {
    const lang = locale.slice(0, 2);
    describe(locale, () => {
      let s: ChromiumSession;
      beforeAll(async () => {
        mkdirSync(OUT, { recursive: true });
        s = await launchChromium({ [DATOS]: { file: 'portal/generar-datos.html' } }, { locale });
      });
      afterAll(async () => s?.close());

      it('hints on a portal page', async () => {
        const page = await s.context.newPage();
        await page.setViewportSize({ width: W, height: H });
        await page.goto(DATOS);
        const email = page.locator('[id="formDatos:j_id40"]');
        await email.waitFor();
        await page.waitForSelector('[id="formDatos:j_id40"][aria-describedby]', { state: 'attached', timeout: 10_000 });
        await email.pressSequentially('maria.perez@gmial.com');
        await page.locator('[id="formDatos:j_id42"]').pressSequentially('maria.perez@gmail.com');
        await page.locator('[id="formDatos:j_id44"]').pressSequentially('0991234567');
        await page.locator('[id="formDatos:j_id46"]').pressSequentially('2345678');
        await page.locator('body').click({ position: { x: 5, y: 5 } });
        await page.waitForFunction(() => document.querySelectorAll('[data-asistente-level="warn"],[data-asistente-level="error"]').length >= 2);
        const file = join(OUT, `1-hints-${lang}.png`);
        await page.screenshot({ path: file });
        expect(pngSize(file)).toEqual({ width: W, height: H });
        await page.close();
      });

      it('the popup with the checklist and the email countdown', async () => {
        const page = await s.context.newPage();
        await page.setViewportSize({ width: 360, height: 720 });
        await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
        await page.waitForSelector('[data-ready="true"]');
        await s.worker.evaluate(() => {
          const now = Date.now();
          return chrome.storage.local.set({
            progress: {
              v: 1,
              profile: 'afiliado',
              done: { 'afiliado.open': now - 300_000, 'afiliado.cedula': now - 240_000, 'afiliado.robot': now - 230_000, 'afiliado.questions': now - 200_000, 'afiliado.email': now - 150_000 },
              startedAt: now - 300_000,
              updatedAt: now - 150_000,
              emailWait: { flow: 'afiliado', startedAt: now - 150_000 },
            },
          });
        });
        await page.waitForSelector('input[type="checkbox"]:checked');
        const top = await page.screenshot();
        await page.evaluate(() => window.scrollTo(0, 640));
        const more = await page.screenshot();
        const file = join(OUT, `2-popup-${lang}.png`);
        await frame(page, lang === 'es' ? 'Pasos, recordatorios y aviso de sitios falsos' : 'Steps, reminders and fake-site warnings', [
          { src: top, width: 330 },
          { src: more, width: 330 },
        ], `2-popup-${lang}.png`);
        expect(pngSize(file)).toEqual({ width: W, height: H });
        await page.close();
      });

      it('the practice portal in presenter mode', async () => {
        const page = await s.context.newPage();
        await page.setViewportSize({ width: W, height: H });
        await page.goto(`chrome-extension://${s.extensionId}/practice.html`);
        await page.waitForSelector('[data-fake="cedula"]');
        await page.evaluate(() => chrome.storage.local.set({ prefs: { v: 1, lang: null, mailbox: null, presenter: true } }));
        await page.waitForSelector('[data-presenter-spotlight]');
        const cedula = (await page.locator('[data-fake="cedula"]').textContent())!.trim();
        await page.locator('[id="formGenerar:j_id15"]').pressSequentially(cedula);
        await page.waitForSelector('[data-asistente-level="ok"]', { state: 'attached' });
        const file = join(OUT, `3-practice-${lang}.png`);
        await page.screenshot({ path: file });
        expect(pngSize(file)).toEqual({ width: W, height: H });
        await page.evaluate(() => chrome.storage.local.set({ prefs: { v: 1, lang: null, mailbox: null, presenter: false } }));
        await page.close();
      });
    });
  }
});
