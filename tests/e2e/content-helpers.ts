/**
 * Shared scenario pieces for the content-script e2e tests: one small `Tab` interface over a
 * playwright page (Chromium) and a puppeteer page (Firefox over WebDriver BiDi), and functions
 * that run inside the page to read the observable contract (data-asistente-* attributes).
 */
import type { Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { PORTAL_URLS } from '../../utils/portal/pages';
import type { Routes } from './harness';

const BASE = PORTAL_URLS.generate;
export const URLS = {
  generate: BASE,
  altcha: `${BASE}pages/buscar.jsf`,
  questions: `${BASE}pages/preguntas.jsf`,
  data: `${BASE}pages/datos.jsf`,
  clave: `${BASE}pages/generarClave.jsf`,
  sent: `${BASE}pages/correo.jsf`,
  created: `${BASE}pages/claveGenerada.jsf`,
  unlock: PORTAL_URLS.unlock,
  unlocked: new URL('resultado.jsf', PORTAL_URLS.unlock).href,
  update: PORTAL_URLS.updateData,
  change: new URL('/iess-cambio-clave/cambioClave.jsf', PORTAL_URLS.generate).href,
  employerLogin: PORTAL_URLS.employer,
  employerSignup: new URL('registro.jsf', PORTAL_URLS.employer).href,
  biess: new URL('/servicios', PORTAL_URLS.biess).href,
} as const;

export const CONTENT_ROUTES: Routes = {
  [URLS.generate]: { file: 'portal/generar-cedula.html' },
  [URLS.altcha]: { file: 'portal/generar-altcha.html' },
  [URLS.questions]: { file: 'portal/generar-preguntas.html' },
  [URLS.data]: { file: 'portal/generar-datos.html' },
  [URLS.clave]: { file: 'portal/generar-clave.html' },
  [URLS.sent]: { file: 'portal/correo-enviado.html' },
  [URLS.created]: { file: 'portal/clave-generada.html' },
  [URLS.unlock]: { file: 'portal/desbloquear.html' },
  [URLS.unlocked]: { file: 'portal/desbloqueada.html' },
  [URLS.update]: { file: 'portal/actualizar-datos.html' },
  [URLS.change]: { file: 'portal/cambiar-clave.html' },
  [URLS.employerLogin]: { file: 'portal/empleador-login.html' },
  [URLS.employerSignup]: { file: 'portal/empleador-registro.html' },
  [URLS.biess]: { file: 'portal/biess.html' },
};

/** `[id="formGenerar:j_id15"]`: JSF ids contain colons. */
export const byId = (id: string) => `[id="${id}"]`;

export interface HintInfo {
  field: string | null;
  level: string | null;
  /** What the page can see of the hint's content: null when the shadow root is closed. */
  shadowVisible: boolean;
  describedBy: boolean;
}

// ---- functions run inside the page (self-contained) ----

function pageHints(): HintInfo[] {
  return Array.from(document.querySelectorAll('asistente-clave-hint')).map((h) => {
    const prev = h.previousElementSibling;
    const input = prev?.matches('input') ? prev : prev?.querySelector('input');
    return {
      field: h.getAttribute('data-asistente-field'),
      level: h.getAttribute('data-asistente-level'),
      shadowVisible: (h as HTMLElement).shadowRoot !== null,
      describedBy: !!input?.getAttribute('aria-describedby')?.split(' ').includes(h.id),
    };
  });
}

export function pageLevelOf(inputId: string): string | null {
  const input = document.getElementById(inputId);
  for (const id of (input?.getAttribute('aria-describedby') ?? '').split(' ')) {
    const el = id ? document.getElementById(id) : null;
    if (el?.localName === 'asistente-clave-hint') return el.getAttribute('data-asistente-level');
  }
  return null;
}

function pageKind(): string | null {
  return document.querySelector('[data-asistente-page]')?.getAttribute('data-asistente-page') ?? null;
}

// ---- one interface over both drivers ----

export interface Tab {
  /** Types like a person (key events). */
  type(selector: string, text: string): Promise<void>;
  clear(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  hints(): Promise<HintInfo[]>;
  level(inputId: string): Promise<string | null>;
  page(): Promise<string | null>;
  /** Waits until the input's hint shows `level`. */
  waitLevel(inputId: string, level: string): Promise<void>;
  waitHints(count: number): Promise<void>;
  eval<T>(fn: () => T): Promise<T>;
  /** In-page navigation, as a single-page app does it (history.pushState). */
  pushState(path: string): Promise<void>;
  sleep(ms: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** True when the input's hint shows `level` (self-contained: it runs inside the page). */
export function waitLevelFn([id, level]: [string, string]): boolean {
  const input = document.getElementById(id);
  for (const ref of (input?.getAttribute('aria-describedby') ?? '').split(' ')) {
    const el = ref ? document.getElementById(ref) : null;
    if (el?.localName === 'asistente-clave-hint') return el.getAttribute('data-asistente-level') === level;
  }
  return false;
}

function waitHintsFn(count: number): boolean {
  return document.querySelectorAll('asistente-clave-hint').length === count;
}

export function chromiumTab(page: Page): Tab {
  return {
    type: (s, t) => page.locator(s).pressSequentially(t),
    clear: (s) => page.locator(s).fill(''),
    press: (k) => page.keyboard.press(k),
    click: (s) => page.locator(s).click(),
    hints: () => page.evaluate(pageHints),
    level: (id) => page.evaluate(pageLevelOf, id),
    page: () => page.evaluate(pageKind),
    waitLevel: async (id, level) => {
      await page.waitForFunction(waitLevelFn, [id, level] as [string, string], { timeout: 5_000 });
    },
    waitHints: async (n) => {
      await page.waitForFunction(waitHintsFn, n, { timeout: 5_000 });
    },
    eval: (fn) => page.evaluate(fn),
    pushState: (path) => page.evaluate((p) => history.pushState({}, '', p), path),
    sleep,
    close: () => page.close(),
  };
}

export function firefoxTab(page: PPage): Tab {
  return {
    type: (s, t) => page.type(s, t),
    clear: async (s) => {
      await page.click(s, { count: 3 });
      await page.keyboard.press('Backspace');
    },
    press: (k) => page.keyboard.press(k as Parameters<PPage['keyboard']['press']>[0]),
    click: (s) => page.click(s),
    hints: () => page.evaluate(pageHints),
    level: (id) => page.evaluate(pageLevelOf, id),
    page: () => page.evaluate(pageKind),
    waitLevel: async (id, level) => {
      await page.waitForFunction(waitLevelFn, { timeout: 5_000 }, [id, level] as [string, string]);
    },
    waitHints: async (n) => {
      await page.waitForFunction(waitHintsFn, { timeout: 5_000 }, n);
    },
    eval: (fn) => page.evaluate(fn),
    pushState: (path) => page.evaluate((p) => history.pushState({}, '', p), path),
    sleep,
    close: () => page.close(),
  };
}

// ---- scenarios run in both browsers ----

export type Open = (url: string) => Promise<Tab>;

const CEDULA = 'formGenerar:j_id15';

export const SCENARIOS: [string, (open: Open) => Promise<void>][] = [
  [
    'generate: a cédula hint follows typing, good and bad values; the hint is closed to the page',
    async (open) => {
      const tab = await open(URLS.generate);
      await tab.waitHints(1);
      expect(await tab.page()).toBe('generate');
      const [hint] = await tab.hints();
      expect(hint).toEqual({ field: 'cedula', level: 'empty', shadowVisible: false, describedBy: true });
      await tab.type(byId(CEDULA), '1714307104');
      await tab.waitLevel(CEDULA, 'error');
      await tab.clear(byId(CEDULA));
      await tab.type(byId(CEDULA), '1714307103');
      await tab.waitLevel(CEDULA, 'ok');
      // Unfinished: neutral while typing, an error once the person leaves the field.
      await tab.clear(byId(CEDULA));
      await tab.type(byId(CEDULA), '171');
      await tab.sleep(400);
      expect(await tab.level(CEDULA)).toBe('empty');
      await tab.press('Tab');
      await tab.waitLevel(CEDULA, 'error');
      await tab.close();
    },
  ],
  [
    'generate (ALTCHA page): the field in the previous cell is found',
    async (open) => {
      const tab = await open(URLS.altcha);
      await tab.waitHints(1);
      await tab.type(byId('frmBuscar:j_id12'), '0926687856');
      await tab.waitLevel('frmBuscar:j_id12', 'ok');
      await tab.close();
    },
  ],
  [
    'on-screen keyboard: clicks set the value by script and the hint follows',
    async (open) => {
      const tab = await open(URLS.clave);
      await tab.waitHints(2);
      const key = (k: string) => tab.click(`[data-key="${k}"]`);
      for (const k of 'k7') await key(k);
      await tab.sleep(400);
      expect(await tab.level('formClave:j_id62')).toBe('empty'); // still typing: not shouted
      for (const k of 'm2p9x4') await key(k);
      await tab.waitLevel('formClave:j_id62', 'ok');
      await key('Sig.');
      for (const k of 'k7m2p9x') await key(k);
      await tab.click(byId('formClave:j_id60')); // the terms checkbox: another control
      await tab.waitLevel('formClave:j_id64', 'error');
      await key('4');
      await tab.waitLevel('formClave:j_id64', 'ok');
      expect(await tab.eval(() => (document.getElementById('formClave:j_id62') as HTMLInputElement).value)).toBe('k7m2p9x4');
      await tab.close();
    },
  ],
  [
    'JSF partial updates: re-rendered forms keep exactly one hint per field; late forms get hints',
    async (open) => {
      const tab = await open(URLS.unlock);
      await tab.waitHints(1);
      // The page re-renders itself once after 600 ms: type after that, as a person would.
      for (let i = 0; i < 50 && !(await tab.eval(() => (window as unknown as { renders?: number }).renders)); i++) await tab.sleep(100);
      await tab.type(byId('formDesbloqueo:j_id8'), '1714307103');
      await tab.eval(() => {
        (window as unknown as { rerender(): void }).rerender();
        (window as unknown as { rerender(): void }).rerender();
      });
      await tab.sleep(500);
      await tab.waitHints(1);
      await tab.waitLevel('formDesbloqueo:j_id8', 'ok');
      expect(await tab.eval(() => (window as unknown as { renders: number }).renders)).toBeGreaterThanOrEqual(2);
      expect((await tab.hints())[0]!.describedBy).toBe(true);
      await tab.close();

      const late = await open(URLS.data);
      await late.waitHints(4);
      expect((await late.hints()).map((h) => h.field)).toEqual(['email', 'email-confirm', 'phone', 'phone']);
      await late.type(byId('formDatos:j_id40'), 'ana.perez@gmail.com');
      await late.type(byId('formDatos:j_id42'), 'ana.perez@gmail.co');
      await late.press('Tab');
      await late.waitLevel('formDatos:j_id42', 'error');
      await late.clear(byId('formDatos:j_id42'));
      await late.type(byId('formDatos:j_id42'), 'ana.perez@gmail.com');
      await late.waitLevel('formDatos:j_id42', 'ok');
      await late.close();
    },
  ],
  [
    'login forms and the current clave get no new-clave hint',
    async (open) => {
      const login = await open(URLS.employerLogin);
      await login.type('#j_username', '1790000000001');
      await login.type('#j_password', 'abc');
      await login.sleep(500);
      expect(await login.page()).toBe('employer');
      expect(await login.hints()).toEqual([]);
      await login.close();

      const change = await open(URLS.change);
      await change.waitHints(2);
      expect(await change.page()).toBe('change-clave');
      expect(await change.level('frmCambio:actual')).toBeNull();
      expect((await change.hints()).map((h) => h.field)).toEqual(['password', 'password-confirm']);
      await change.close();
    },
  ],
  [
    'in-page navigation (history.pushState) re-detects the page kind',
    async (open) => {
      const tab = await open(URLS.generate);
      await tab.waitHints(1);
      expect(await tab.page()).toBe('generate');
      await tab.pushState(new URL(URLS.unlock).pathname);
      for (let i = 0; i < 40 && (await tab.page()) !== 'unlock'; i++) await tab.sleep(100);
      expect(await tab.page()).toBe('unlock');
      expect(await tab.hints()).toHaveLength(1);
      await tab.close();
    },
  ],
];
