/**
 * The official PrimeFaces pages on the real PrimeFaces 8.0 client (tests/fixtures/primefaces/,
 * served by ./pf-server.ts): generate/recover, the new clave with the on-screen keyboard, unlock,
 * data update and change clave. Each flow is done as a person does it (key presses through the
 * masks, clicks on the keypad's keys, Tab to leave), once with the extension and once without:
 * the hints follow every field before and after each partial update, and what the forms post
 * (AJAX and full submits) is the same in both runs. No page error in either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, launchPlainChromium, shotPath, type ChromiumSession, type FirefoxSession } from './harness';
import { firefoxTab, pageLevelOf, waitLevelFn } from './content-helpers';
import { PF_URLS, createPfServer, routePf, type PfPost, type PfServer } from './pf-server';

const byId = (id: string) => `[id="${id}"]`;

interface Run {
  page: Page;
  /** With the extension: the assertions on hints run only then. */
  ext: boolean;
}

// ---- read inside the page (self-contained)

/** Each hint: its field kind, and whether its input points at it (aria-describedby). */
function hintsFn() {
  return Array.from(document.querySelectorAll('asistente-clave-hint')).map((h) => {
    const input = Array.from(document.querySelectorAll('input')).find((i) =>
      (i.getAttribute('aria-describedby') ?? '').split(' ').includes(h.id),
    );
    return { field: h.getAttribute('data-asistente-field'), input: input?.id ?? null };
  });
}

function valueFn(id: string): string {
  return (document.getElementById(id) as HTMLInputElement).value;
}

// ---- steps

const sleep = (page: Page, ms: number) => page.waitForTimeout(ms);
const level = (page: Page, id: string) => page.evaluate(pageLevelOf, id);
const value = (page: Page, id: string) => page.evaluate(valueFn, id);

async function waitLevel(page: Page, id: string, lvl: string) {
  await page.waitForFunction(waitLevelFn, [id, lvl] as [string, string], { timeout: 5_000 });
}

/** Waits until the hints are exactly these fields, each pointed at by its input. */
async function expectHints(run: Run, expected: [string, string][]) {
  if (!run.ext) return;
  await run.page
    .waitForFunction((n) => document.querySelectorAll('asistente-clave-hint').length === n, expected.length, { timeout: 5_000 })
    .catch(() => undefined); // the assertion below says what differs
  expect(await run.page.evaluate(hintsFn)).toEqual(expected.map(([input, field]) => ({ field, input })));
}

/** Only with the extension: the hint of `id` shows `lvl` now (after a short settle). */
async function expectLevelSoon(run: Run, id: string, lvl: string) {
  if (!run.ext) return;
  await sleep(run.page, 400);
  expect(await level(run.page, id)).toBe(lvl);
}

async function expectLevel(run: Run, id: string, lvl: string) {
  if (run.ext) await waitLevel(run.page, id, lvl);
}

/**
 * Types like a person: a click into the field (unless the caret is already there), a moment, then
 * key presses. A mask writes the value itself and places the caret on focus in a timer of its
 * own: keys sent at once would race it, and a second click puts the caret after the mask's blanks,
 * where jquery.maskedinput ignores keys.
 */
async function type(page: Page, id: string, text: string) {
  const field = page.locator(byId(id));
  if (!(await field.evaluate((el) => el === document.activeElement))) {
    await field.click();
    await sleep(page, 100);
  }
  await page.keyboard.type(text, { delay: 20 });
}

/** Clicks a key of the on-screen keyboard (the keypad popup appended to <body>). */
const key = (page: Page, k: string) =>
  page.locator('.keypad-popup button.keypad-key').filter({ hasText: new RegExp(`^${k}$`) }).click();

// ---- the flows (the same actions with and without the extension)

async function generateFlow(run: Run) {
  const { page } = run;
  const cedula = 'formGenerar:cedula';
  await page.goto(PF_URLS.generate);
  await expectHints(run, [[cedula, 'cedula']]);
  if (run.ext) expect(await page.locator('[data-asistente-page]').getAttribute('data-asistente-page')).toBe('generate');

  // The mask shows its blanks on focus: that is not an error.
  await page.locator(byId(cedula)).click();
  await expect.poll(() => value(page, cedula)).toBe('__________');
  await expectLevelSoon(run, cedula, 'empty');
  // Unfinished while typing: said nothing; left unfinished: the mask clears it.
  await type(page, cedula, '171');
  expect(await value(page, cedula)).toBe('171_______');
  await expectLevelSoon(run, cedula, 'empty');
  await page.keyboard.press('Tab');
  await expect.poll(() => value(page, cedula)).toBe('');
  await expectLevelSoon(run, cedula, 'empty');
  // A wrong check digit is said at once; the right one is ok.
  await type(page, cedula, '1714307104');
  await expectLevel(run, cedula, 'error');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await type(page, cedula, '1714307103');
  await expectLevel(run, cedula, 'ok');

  // "Buscar" (AJAX): the panel becomes the validation questions; none is judged.
  await page.locator(byId('formGenerar:btnBuscar')).click();
  await page.locator(byId('formGenerar:fechaNacimiento')).waitFor();
  await page.getByText('Conteste las preguntas de validación.').waitFor();
  await expectHints(run, []);
  await type(page, 'formGenerar:fechaNacimiento', '15031970');
  expect(await value(page, 'formGenerar:fechaNacimiento')).toBe('15/03/1970');
  await page.locator('label[for="formGenerar:preguntaEmpresa:2"]').click();
  await page.locator(byId('formGenerar:preguntaRuc_label')).click();
  await page.locator(byId('formGenerar:preguntaRuc_2')).click();
  await type(page, 'formGenerar:preguntaCelular', '0991234567');
  await expectHints(run, []);

  // "Continuar" (AJAX): the personal data bank.
  await page.locator(byId('formGenerar:btnContinuar')).click();
  await page.locator(byId('formGenerar:correo')).waitFor();
  await expectHints(run, [
    ['formGenerar:correo', 'email'],
    ['formGenerar:correoConfirmacion', 'email-confirm'],
    ['formGenerar:celular', 'phone'],
    ['formGenerar:convencional', 'phone'],
  ]);
  await type(page, 'formGenerar:correo', 'ana.perez@gmail.com');
  await type(page, 'formGenerar:correoConfirmacion', 'ana.perez@gmail.co');
  await page.keyboard.press('Tab');
  await expectLevel(run, 'formGenerar:correoConfirmacion', 'error');
  // Back into the field, to the end of what is there, one more key.
  await page.locator(byId('formGenerar:correoConfirmacion')).click();
  await page.keyboard.press('End');
  await page.keyboard.type('m');
  await expectLevel(run, 'formGenerar:correoConfirmacion', 'ok');
  await type(page, 'formGenerar:celular', '099');
  await expectLevelSoon(run, 'formGenerar:celular', 'empty');
  await type(page, 'formGenerar:celular', '1234567');
  await expectLevel(run, 'formGenerar:celular', 'ok');
  await type(page, 'formGenerar:convencional', '022345678');
  await expectLevel(run, 'formGenerar:convencional', 'ok');
  if (run.ext) await page.screenshot({ path: shotPath('pf-generar-datos') });

  // "Guardar": a full submit; the next page says the email was sent.
  await page.locator(byId('formGenerar:btnGuardar')).click();
  await page.getByText('Se ha enviado un correo electrónico').waitFor();
  await expectHints(run, []);
}

async function claveFlow(run: Run) {
  const { page } = run;
  const nueva = 'formClave:nuevaClave';
  const confirmar = 'formClave:confirmarClave';
  await page.goto(PF_URLS.clave);
  await expectHints(run, [
    [nueva, 'password'],
    [confirmar, 'password-confirm'],
  ]);
  // The terms dialog (modal) first.
  await page.locator(`${byId('formTerminos:acepto')} .ui-chkbox-box`).click();
  await page.locator(byId('formTerminos:btnAceptar')).click();
  await page.locator(byId('dlgTerminos')).waitFor({ state: 'hidden' });

  // The keypad pops up on focus, appended to <body>, outside the form.
  await page.locator(byId(nueva)).click();
  await page.locator('body > .keypad-popup').waitFor({ state: 'visible' });
  await key(page, 'k');
  await key(page, '7');
  await expectLevelSoon(run, nueva, 'empty'); // still typing: not said
  if (run.ext) await page.screenshot({ path: shotPath('pf-teclado') });
  for (const k of 'm2p9x4') await key(page, k);
  await expectLevel(run, nueva, 'ok');
  await page.keyboard.press('Tab');
  for (const k of 'k7m') await key(page, k);
  await expectLevelSoon(run, confirmar, 'empty');
  await page.keyboard.press('Tab'); // left unfinished: now it is said
  await expectLevel(run, confirmar, 'error');
  await page.locator(byId(confirmar)).click();
  await key(page, 'x'); // a wrong key, taken back with the keypad's own key
  await page.locator('.keypad-popup .keypad-back').click();
  for (const k of '2p9x4') await key(page, k);
  await expectLevel(run, confirmar, 'ok');
  expect(await value(page, confirmar)).toBe('k7m2p9x4');
  await page.locator('.keypad-popup .keypad-close').click();

  // "Generar la clave" (AJAX): the panel says the clave was created; its fields are gone.
  await page.locator(byId('formClave:btnGenerar')).click();
  await page.getByText('Su clave ha sido generada correctamente.').first().waitFor();
  await expectHints(run, []);
}

async function unlockFlow(run: Run) {
  const { page } = run;
  const cedula = 'formDesbloqueo:cedula';
  await page.goto(PF_URLS.unlock);
  await expectHints(run, [[cedula, 'cedula']]);
  await type(page, cedula, '1714307103');
  await expectLevel(run, cedula, 'ok');
  // "desbloquear" (AJAX): the server re-renders the panel (new nodes, the value kept) and a message.
  const before = await page.locator(byId(cedula)).elementHandle();
  await page.locator(byId('formDesbloqueo:btnDesbloquear')).click();
  // While the server answers, the BlockUI covers the form: the hint stays with its field.
  await page.locator('.ui-blockui-content').waitFor({ state: 'visible' });
  await expectHints(run, [[cedula, 'cedula']]);
  await page.getByText('Verifique que no es un robot.').waitFor();
  await page.locator('.ui-blockui-content').waitFor({ state: 'hidden' });
  expect(await before.evaluate((el) => el.isConnected)).toBe(false);
  await expectHints(run, [[cedula, 'cedula']]);
  await expectLevel(run, cedula, 'ok');
  expect(await value(page, cedula)).toBe('1714307103');
}

async function updateFlow(run: Run) {
  const { page } = run;
  const f = (id: string) => `j_idt12:${id}`;
  await page.goto(PF_URLS.update);
  const fields: [string, string][] = [
    [f('correo'), 'email'],
    [f('correoConfirmacion'), 'email-confirm'],
    [f('celular'), 'phone'],
    [f('convencional'), 'phone'],
    [f('dactilar'), 'dactilar'],
  ];
  await expectHints(run, fields);
  await type(page, f('fechaNacimiento'), '15031970');
  await type(page, f('correo'), 'ana.perez@gmail.com');
  await type(page, f('correoConfirmacion'), 'ana.perez@gmail.com');
  await type(page, f('celular'), '0991234567');
  await type(page, f('convencional'), '07');
  await expectLevelSoon(run, f('convencional'), 'empty');
  await type(page, f('convencional'), '2345678');
  await type(page, f('dactilar'), 'V4443V4444');
  await type(page, f('direccion'), 'Av. Amazonas N34-120');
  for (const [id] of fields) await expectLevel(run, id, 'ok');

  // "Enviar código" (AJAX): the dialog is re-rendered with the code field and shown; a growl.
  await page.locator(byId(f('btnEnviarCodigo'))).click();
  await page.locator(byId('j_idt30:codigo')).waitFor({ state: 'visible' });
  await page.getByText('Código enviado').waitFor();
  await sleep(page, 300);
  await expectHints(run, fields); // the emailed code is never judged
  if (run.ext) await page.screenshot({ path: shotPath('pf-actualizar-codigo') });
  await type(page, 'j_idt30:codigo', '482913');
  await page.locator(byId('j_idt30:btnValidar')).click();
  await page.getByText('Se ha enviado un correo electrónico').waitFor();
}

async function changeFlow(run: Run) {
  const { page } = run;
  await page.goto(PF_URLS.change);
  const fields: [string, string][] = [
    ['frmCambio:nueva', 'password'],
    ['frmCambio:confirma', 'password-confirm'],
  ];
  await expectHints(run, fields);
  await type(page, 'frmCambio:actual', 'vieja123');
  await type(page, 'frmCambio:nueva', 'k7m2p9x4');
  await type(page, 'frmCambio:confirma', 'k7m2p9x4');
  await expectLevel(run, 'frmCambio:nueva', 'ok');
  await expectLevel(run, 'frmCambio:confirma', 'ok');
  if (run.ext) expect(await level(page, 'frmCambio:actual')).toBeNull();
  await page.locator(byId('frmCambio:btnCambiar')).click();
  await page.getByText('Su clave ha sido cambiada correctamente.').waitFor();
  await expectHints(run, fields);
}

const FLOWS: [string, (run: Run) => Promise<void>, number][] = [
  ['generate/recover: cédula through the mask, questions, data bank (two AJAX updates, a full submit)', generateFlow, 3],
  ['new clave: terms dialog, the keypad popup, incompleteness said on leaving, AJAX result', claveFlow, 1],
  ['unlock: the re-rendered panel keeps one hint on the new field', unlockFlow, 1],
  ['data update: masked phones and birth date, the emailed-code dialog (AJAX, then a full submit)', updateFlow, 2],
  ['change clave: Password fields, the current clave not judged, AJAX message', changeFlow, 1],
];

// ---- the runs

interface Session {
  context: BrowserContext;
  server: PfServer;
  close(): Promise<void>;
}

/** Runs a flow on a fresh page; returns what it posted and every page or console error. */
async function runFlow(s: Session, ext: boolean, flow: (run: Run) => Promise<void>) {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const start = s.server.posts.length;
  try {
    await flow({ page, ext });
  } finally {
    await page.close();
  }
  return { posts: s.server.posts.slice(start), errors };
}

describe('PrimeFaces 8 pages in Chromium, with and without the extension', () => {
  let withExt: ChromiumSession & { server: PfServer };
  let plain: Session;
  beforeAll(async () => {
    const s = await launchChromium();
    // The server takes a moment to answer a post, as the portal does: the BlockUI shows.
    withExt = Object.assign(s, { server: await routePf(s.context, undefined, { postDelayMs: 400 }) });
    const p = await launchPlainChromium();
    plain = { ...p, server: await routePf(p.context, undefined, { postDelayMs: 400 }) };
  });
  afterAll(async () => {
    await withExt?.close();
    await plain?.close();
  });

  for (const [name, flow, postCount] of FLOWS) {
    it(name, async () => {
      const a = await runFlow(withExt, true, flow);
      const b = await runFlow(plain, false, flow);
      expect(a.errors).toEqual([]);
      expect(b.errors).toEqual([]);
      expect(a.posts).toHaveLength(postCount);
      expect(a.posts).toEqual(b.posts);
    });
  }

  it('the posts carry exactly what was typed, in the portal’s own parameters', () => {
    const posts: PfPost[] = withExt.server.posts;
    const get = (source: string, name: string) => new Map(posts.find((p) => p.source === source)?.params).get(name);
    expect(get('formGenerar:btnBuscar', 'formGenerar:cedula')).toBe('1714307103');
    expect(get('formGenerar:btnBuscar', 'javax.faces.partial.ajax')).toBe('true');
    expect(get('formGenerar:btnContinuar', 'formGenerar:fechaNacimiento')).toBe('15/03/1970');
    expect(get('formGenerar:btnContinuar', 'formGenerar:preguntaEmpresa')).toBe('3');
    expect(get('formGenerar:btnContinuar', 'formGenerar:preguntaRuc_input')).toBe('2');
    expect(get('formGenerar:btnGuardar', 'formGenerar:celular')).toBe('0991234567');
    expect(get('formGenerar:btnGuardar', 'javax.faces.partial.ajax')).toBeUndefined();
    expect(get('formClave:btnGenerar', 'formClave:confirmarClave')).toBe('k7m2p9x4');
    expect(get('j_idt12:btnEnviarCodigo', 'j_idt12:convencional')).toBe('072345678');
    expect(get('j_idt30:btnValidar', 'j_idt30:codigo')).toBe('482913');
  });
});

describe('PrimeFaces 8 generate/recover in Firefox', () => {
  const server = createPfServer();
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox({}, { serve: (req) => server.answer(req) });
  });
  afterAll(async () => s?.close());

  it('the main flow: the mask, two AJAX updates, the data bank and its full submit', async () => {
    const page: PPage = await s.newPage(PF_URLS.generate);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    const tab = firefoxTab(page);
    const type = async (id: string, text: string) => {
      if (!(await page.$eval(byId(id), (el) => el === document.activeElement))) {
        await page.click(byId(id));
        await tab.sleep(100);
      }
      await page.keyboard.type(text, { delay: 20 });
    };
    const hintFields = async () => (await page.evaluate(hintsFn)).map((h) => h.field);
    const waitText = (text: string) => page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000 }, text);
    // After an AJAX update the BlockUI's overlay fades out over the form: a person waits for it.
    const unblocked = () => page.waitForSelector('.ui-blockui', { hidden: true });
    const cedula = 'formGenerar:cedula';

    await tab.waitHints(1);
    expect(await page.evaluate(hintsFn)).toEqual([{ field: 'cedula', input: cedula }]);
    await page.click(byId(cedula));
    await tab.sleep(400);
    expect(await page.evaluate(valueFn, cedula)).toBe('__________');
    expect(await tab.level(cedula)).toBe('empty');
    await type(cedula, '171');
    await tab.sleep(400);
    expect(await tab.level(cedula)).toBe('empty');
    await tab.press('Tab');
    await tab.sleep(400);
    expect(await page.evaluate(valueFn, cedula)).toBe('');
    expect(await tab.level(cedula)).toBe('empty');
    await type(cedula, '1714307103');
    await tab.waitLevel(cedula, 'ok');

    await page.click(byId('formGenerar:btnBuscar'));
    await page.waitForSelector(byId('formGenerar:fechaNacimiento'));
    await unblocked();
    await tab.waitHints(0);
    await type('formGenerar:fechaNacimiento', '15031970');
    await page.click('label[for="formGenerar:preguntaEmpresa:2"]');
    await page.click(byId('formGenerar:preguntaRuc_label'));
    await page.click(byId('formGenerar:preguntaRuc_2'));
    await type('formGenerar:preguntaCelular', '0991234567');

    await page.click(byId('formGenerar:btnContinuar'));
    await page.waitForSelector(byId('formGenerar:correo'));
    await unblocked();
    await tab.waitHints(4);
    expect(await hintFields()).toEqual(['email', 'email-confirm', 'phone', 'phone']);
    await type('formGenerar:correo', 'ana.perez@gmail.com');
    await type('formGenerar:correoConfirmacion', 'ana.perez@gmail.co');
    await tab.press('Tab');
    await tab.waitLevel('formGenerar:correoConfirmacion', 'error');
    await type('formGenerar:celular', '0991234567');
    await tab.waitLevel('formGenerar:celular', 'ok');
    await type('formGenerar:convencional', '022345678');
    await tab.waitLevel('formGenerar:convencional', 'ok');

    // A full submit: the next page (a wait for its text alone would not survive the navigation).
    await Promise.all([page.waitForNavigation(), page.click(byId('formGenerar:btnGuardar'))]);
    await waitText('Se ha enviado un correo electrónico');
    await tab.waitHints(0);
    await tab.close();

    expect(errors).toEqual([]);
    expect(server.posts.map((p) => [p.source, p.ajax])).toEqual([
      ['formGenerar:btnBuscar', true],
      ['formGenerar:btnContinuar', true],
      ['formGenerar:btnGuardar', false],
    ]);
    const sent = new Map(server.posts[2]!.params);
    expect(sent.get('formGenerar:celular')).toBe('0991234567');
    expect(sent.get('formGenerar:correoConfirmacion')).toBe('ana.perez@gmail.co');
    expect(new Map(server.posts[1]!.params).get('formGenerar:fechaNacimiento')).toBe('15/03/1970');
  });
});
