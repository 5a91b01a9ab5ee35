/**
 * Issue 16 §2 in Chromium with the built extension: after the person's real submit (keys typed,
 * a real click), the portal's PrimeFaces Messages area says the data does not match the records;
 * the assistant shows what to do next beside it (its own element, closed shadow root, a note with
 * an accessible name: checked in the accessibility tree over CDP) and the popup shows the same
 * advice at 400×600 (screenshot, and its accessibility tree).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { chromiumPage, launchChromium, shotPath, type ChromiumSession } from './harness';
import { PORTAL_URLS } from '../../utils/portal/pages';
import { tp } from '../../utils/i18n/popup';
import { to } from '../../utils/i18n/outcomes';

const ERROR_PAGE = `${PORTAL_URLS.generate}pages/error.jsf`;
/** The page an expired email link opens (a query string; no submit before it). */
const LINK_PAGE = `${PORTAL_URLS.generate}pages/continuar.jsf?t=k7Qm2`;
const LINK_PAGE_NO_QUERY = `${PORTAL_URLS.generate}pages/continuar.jsf`;
/** The advice for data not matching on the generate page: the cédula step's "Si esto falla". */
const NEXT = tp('es', 'step.afiliado.cedula.fail');
const LABEL = to('es', 'outcome.label');

interface AXNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

async function axTree(cdp: CDPSession): Promise<AXNode[]> {
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored);
}

describe('portal messages understood (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium({
      [ERROR_PAGE]: { file: 'portal/generar-error.html' },
      [LINK_PAGE]: { file: 'portal/enlace-vencido.html' },
      [LINK_PAGE_NO_QUERY]: { file: 'portal/enlace-vencido.html' },
    });
  });
  afterAll(async () => s?.close());

  it('a visible error after a real submit: what to do next beside it and in the popup', async () => {
    const page = await chromiumPage(s, ERROR_PAGE);
    await page.waitForSelector('asistente-clave-hint', { state: 'attached' });
    await page.locator('[id="formBuscar:cedula"]').click();
    await page.keyboard.type('1714307103');
    await page.keyboard.press('Tab'); // to the button
    await page.keyboard.press('Enter'); // a person's submit, from the keyboard
    const host = page.locator('asistente-clave-outcome[data-asistente-outcome="data-mismatch"]');
    await host.waitFor({ state: 'attached', timeout: 5_000 });
    // Beside the message: right after the Messages area, closed to the page.
    expect(await page.evaluate(() => document.getElementById('formBuscar:mensajes')?.nextElementSibling?.localName)).toBe('asistente-clave-outcome');
    expect(await host.evaluate((h) => [h.shadowRoot, h.textContent])).toEqual([null, '']);
    expect(await host.isVisible()).toBe(true);

    // The accessibility tree: a note named by our label, with the advice as its text.
    const cdp = await s.context.newCDPSession(page);
    await expect.poll(async () => (await axTree(cdp)).some((n) => n.role?.value === 'note' && n.name?.value === LABEL)).toBe(true);
    const texts = (await axTree(cdp)).map((n) => n.name?.value ?? '');
    expect(texts.some((t) => t.includes(NEXT))).toBe(true);
    await page.screenshot({ path: shotPath('outcome-beside-message') });

    // The popup, at the moment it is needed.
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const note = popup.locator('[data-testid="outcome"][data-outcome="data-mismatch"]');
    await note.waitFor({ timeout: 5_000 });
    expect(await note.textContent()).toContain(NEXT);
    expect(await note.textContent()).toContain(to('es', 'outcome.said.data-mismatch'));
    await popup.screenshot({ path: shotPath('outcome-popup') });
    const pcdp = await s.context.newCDPSession(popup);
    const nodes = await axTree(pcdp);
    expect(nodes.some((n) => n.role?.value === 'heading' && n.name?.value === to('es', 'outcome.heading'))).toBe(true);
    expect(nodes.some((n) => n.role?.value === 'region' && n.name?.value === to('es', 'outcome.heading'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('the same page without a submit shows nothing of ours', async () => {
    const page = await chromiumPage(s, ERROR_PAGE);
    await page.waitForSelector('asistente-clave-hint', { state: 'attached' });
    // The page shows its message by itself (a script, not the person).
    await page.evaluate(() => (document.getElementById('formBuscar') as HTMLFormElement).requestSubmit());
    await page.waitForSelector('.ui-messages-error');
    await page.waitForTimeout(1_500);
    expect(await page.locator('asistente-clave-outcome').count()).toBe(0);
    await page.close();
  });

  it('a page opened from an expired email link: the advice beside its message, but no popup card without a submit', async () => {
    const page = await chromiumPage(s, LINK_PAGE);
    const host = page.locator('asistente-clave-outcome[data-asistente-outcome="link-expired"]');
    await host.waitFor({ state: 'attached', timeout: 5_000 });
    expect(await host.isVisible()).toBe(true);
    const cdp = await s.context.newCDPSession(page);
    const texts = (await axTree(cdp)).map((n) => n.name?.value ?? '');
    expect(texts.some((t) => t.includes(tp('es', 'email.expired.afiliado')))).toBe(true);
    // The background keeps nothing from a page no one submitted: the popup shows no card.
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.waitForSelector('h1, h2');
    await popup.waitForTimeout(500);
    expect(await popup.locator('[data-testid="outcome"][data-outcome="link-expired"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('the same message on a page without a query (not from a link) and no submit: nothing of ours', async () => {
    const page = await chromiumPage(s, LINK_PAGE_NO_QUERY);
    await page.waitForSelector('.ui-messages-error');
    await page.waitForTimeout(1_500);
    expect(await page.locator('asistente-clave-outcome').count()).toBe(0);
    await page.close();
  });
});
