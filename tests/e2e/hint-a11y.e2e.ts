/**
 * What a screen reader hears is what the eye sees, once and current (issue 15, item 8).
 * Reads Chromium's accessibility tree over CDP (`Accessibility.getPartialAXTree` on the field, its
 * `description`) and the hint's rendered text (the closed shadow root, pierced by CDP, as a page
 * script cannot), after real key presses, after leaving with Tab, and after the verdict changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { axNodes } from './a11y-helpers';
import { chromiumPage, launchChromium, type ChromiumSession } from './harness';
import { CONTENT_ROUTES, URLS, byId, waitLevelFn } from './content-helpers';
import { CLAVE_RULE } from '../../utils/i18n/hints';

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const attr = (n: DomNode, name: string): string | undefined => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

function find(n: DomNode, pred: (n: DomNode) => boolean): DomNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(n: DomNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join('');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

/** The field's accessible description, as Chromium computes it for assistive technology. */
async function description(cdp: CDPSession, selector: string): Promise<string> {
  const nodes = await axNodes(cdp, selector);
  const own = nodes.find((n) => !n.ignored) ?? nodes[0];
  return squash(String(own?.description?.value ?? ''));
}

/** What the eye sees in the field's hint (level word + text), read through the closed shadow root. */
async function visibleHint(cdp: CDPSession, page: Page, inputId: string): Promise<string> {
  const hostId = await page.evaluate((id) => {
    const ids = (document.getElementById(id)?.getAttribute('aria-describedby') ?? '').split(' ');
    return ids.find((x) => document.getElementById(x)?.localName === 'asistente-clave-hint') ?? '';
  }, inputId);
  expect(hostId).not.toBe('');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (n) => n.localName === 'asistente-clave-hint' && attr(n, 'id') === hostId);
  expect(host?.shadowRoots?.length).toBe(1);
  const text = find(host!.shadowRoots![0]!, (n) => n.localName === 'span' && attr(n, 'class') === 'text');
  return squash(textOf(text!));
}

/** What the polite live region last said (it lives outside every hint host). */
async function liveText(cdp: CDPSession): Promise<string> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const live = find(root, (n) => n.localName === 'asistente-clave-live');
  return live ? squash(textOf(live)) : '';
}

const CEDULA = 'formGenerar:j_id15';

describe('hint accessibility tree in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(CONTENT_ROUTES);
  });
  afterAll(async () => s?.close());

  async function open(url: string) {
    const page = await chromiumPage(s, url);
    await page.waitForSelector('asistente-clave-hint', { state: 'attached' });
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return { page, cdp };
  }

  const waitLevel = (page: Page, id: string, level: string) =>
    page.waitForFunction(waitLevelFn, [id, level] as [string, string], { timeout: 5_000 });

  /** The description equals the visible hint, said once; returns it. */
  async function expectSame(cdp: CDPSession, page: Page, id: string): Promise<string> {
    const seen = await visibleHint(cdp, page, id);
    const heard = await description(cdp, byId(id));
    expect(seen).not.toBe('');
    expect(heard).toBe(seen);
    return heard;
  }

  it('cédula: description is the visible hint once, after typing, after Tab and after the verdict changes', async () => {
    const { page, cdp } = await open(URLS.generate);
    await page.locator(byId(CEDULA)).click();
    // A wrong check digit: an error while typing already (10 digits, nothing unfinished).
    await page.keyboard.type('1714307104');
    await waitLevel(page, CEDULA, 'error');
    const wrong = await expectSame(cdp, page, CEDULA);
    expect(wrong).toBe('Revise: Este número de cédula no es válido. Revise cada número.');
    expect(count(wrong, 'Este número')).toBe(1);

    // Leaving: the error is said out loud by the live region, and still heard once in the description.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.id !== 'formGenerar:j_id15');
    await expect.poll(() => liveText(cdp)).toBe('Este número de cédula no es válido. Revise cada número.');
    expect(await expectSame(cdp, page, CEDULA)).toBe(wrong);

    // Back, fix the last digit with Backspace and retype: the new verdict, nothing of the old one.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    await waitLevel(page, CEDULA, 'ok');
    const right = await expectSame(cdp, page, CEDULA);
    expect(right).toBe('Correcto: El número de cédula está bien escrito.');
    expect(right).not.toContain('no es válido');
    await page.close();
  });

  it('cédula: a Guayas number without its 0 and a letter O are said plainly, once', async () => {
    const { page, cdp } = await open(URLS.generate);
    await page.locator(byId(CEDULA)).click();
    await page.keyboard.type('926687856');
    await page.keyboard.press('Tab');
    await waitLevel(page, CEDULA, 'error');
    const zero = await expectSame(cdp, page, CEDULA);
    expect(zero).toBe('Revise: ¿Le falta el 0 del inicio? La cédula tiene 10 números, por ejemplo 0926687856.');
    expect(zero).not.toContain('Lleva 9 de 10');

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('17143O7103');
    await waitLevel(page, CEDULA, 'error');
    const letter = await expectSame(cdp, page, CEDULA);
    expect(letter).toBe('Revise: Hay una letra O en lugar del número 0 (cero). Escriba solo números.');
    expect(letter).not.toContain('¿Le falta');
    await page.close();
  });

  it('clave: the empty hint is the one clave rule, heard once', async () => {
    const { page, cdp } = await open(URLS.clave);
    await page.locator(byId('formClave:j_id62')).click();
    const rule = await expectSame(cdp, page, 'formClave:j_id62');
    expect(rule).toBe(CLAVE_RULE.es);
    expect(count(rule, 'De 6 a 15')).toBe(1);
    await page.close();
  });
});
