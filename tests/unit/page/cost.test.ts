/**
 * Cost that does not grow with the page (issue 19 §5), as behaviour: which parts of the page are
 * scanned, how much label text is read, how often labels are looked up, which fields are checked.
 * Timing budgets are in `npm run bench`, not here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installHintMessages } from './helpers';
import { PORTAL_URLS } from '../../../utils/portal/pages';

// detectFields and check as they are, wrapped in spies: what was scanned, what was checked.
vi.mock('../../../utils/page/detect', async (load) => {
  const real = await load<typeof import('../../../utils/page/detect')>();
  return { ...real, detectFields: vi.fn(real.detectFields) };
});
vi.mock('../../../utils/rules', async (load) => {
  const real = await load<typeof import('../../../utils/rules')>();
  return { ...real, check: vi.fn(real.check) };
});

const { detectFields } = await import('../../../utils/page/detect');
const { check } = await import('../../../utils/rules');
const { classifyLabel, forgetLabels, LABEL_MAX } = await import('../../../utils/page/field-labels');
const { INPUT_MAX } = await import('../../../utils/page/scan');
const { startAssistant } = await import('../../../utils/page/assistant');
const { mountHint } = await import('../../../components/hint/mount');
const { message } = await import('../../../components/hint/messages');

const detectSpy = vi.mocked(detectFields);
const checkSpy = vi.mocked(check);
const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('asistente-clave-hint'));
const kindOf = (id: string) => hosts().find((h) => document.getElementById(id)!.getAttribute('aria-describedby')?.includes(h.id))?.getAttribute('data-asistente-field');
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
/** Long enough for a frame (or the scheduler's 250 ms fallback) and the text read after it. */
const settle = () => tick(320);
const scannedRoots = () => detectSpy.mock.calls.map(([root]) => root);

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

let ctrl: AbortController | undefined;
let sent: string[] = [];
function start() {
  ctrl = new AbortController();
  sent = [];
  startAssistant({
    doc: document,
    win: window,
    signal: ctrl.signal,
    lang: 'es',
    practice: false,
    send: (m) => sent.push(m.signal),
    url: () => PORTAL_URLS.generate,
    view: mountHint,
    texts: message,
    shadowMode: 'open',
    pollMs: 10_000,
    leaveMs: 10,
  });
}

beforeEach(async () => {
  await installHintMessages();
  document.body.innerHTML = '';
  document.title = 'Generar / Recuperar clave';
  forgetLabels();
  detectSpy.mockClear();
  checkSpy.mockClear();
});
afterEach(() => {
  ctrl?.abort();
  vi.restoreAllMocks();
});

describe('scans follow what changed', () => {
  it('a clock ticking in the body outside any form never triggers a field scan', async () => {
    document.body.innerHTML = `<p id="clock">10:00:00</p>
      <form id="f"><label for="c">Cédula</label><input id="c"></form>`;
    start();
    expect(kindOf('c')).toBe('cedula');
    await settle();
    detectSpy.mockClear();
    const clock = document.getElementById('clock')!;
    for (let s = 1; s <= 5; s++) {
      clock.textContent = `10:00:0${s}`;
      await tick(60);
    }
    await settle();
    expect(detectSpy).not.toHaveBeenCalled();
    expect(kindOf('c')).toBe('cedula');
  });

  it('text that changes outside forms is still read for step phrases (without a scan)', async () => {
    document.body.innerHTML = `<p id="msg"></p><form><label for="c">Cédula</label><input id="c"></form>`;
    start();
    await settle();
    detectSpy.mockClear();
    document.getElementById('msg')!.textContent = 'Se ha enviado un correo a su dirección';
    await settle();
    expect(sent).toContain('email-sent');
    expect(detectSpy).not.toHaveBeenCalled();
  });

  it('a field added in one form: only that form is scanned, and the field gets its hint', async () => {
    document.body.innerHTML = `<form id="a"><label for="c">Cédula</label><input id="c"></form>
      <form id="b"><div id="slot"></div></form>`;
    start();
    await settle();
    detectSpy.mockClear();
    // The label after the field: only its `for` names it (no preceding words to fall back on).
    document.getElementById('slot')!.insertAdjacentHTML('beforeend', '<input id="m"><label for="m">Correo electrónico</label>');
    await settle();
    expect(kindOf('m')).toBe('email');
    expect(kindOf('c')).toBe('cedula');
    expect(scannedRoots()).toEqual([document.getElementById('b')]);
  });

  it('a field added before the others is matched in document order (the first email is the one confirmed)', async () => {
    document.body.innerHTML = `<form><div id="slot"></div><label>Correo <input id="e2"></label><label>Confirmar correo <input id="ec"></label></form>`;
    start();
    document.getElementById('slot')!.innerHTML = '<label>Correo <input id="e1"></label>';
    await settle();
    type(document.getElementById('e1') as HTMLInputElement, 'ana@gmail.com');
    type(document.getElementById('e2') as HTMLInputElement, 'luis@gmail.com');
    type(document.getElementById('ec') as HTMLInputElement, 'ana@gmail.com');
    const ec = hosts().find((h) => document.getElementById('ec')!.getAttribute('aria-describedby')?.includes(h.id));
    expect(ec?.getAttribute('data-asistente-level')).toBe('ok');
  });

  it('new words in a label inside a form are read: the field is judged by them', async () => {
    document.body.innerHTML = `<form><input id="x"><label id="l" for="x">Dato</label></form>`;
    start();
    expect(hosts()).toHaveLength(0);
    document.getElementById('l')!.textContent = 'Número de celular';
    await settle();
    expect(kindOf('x')).toBe('phone');
  });

  it('a field that leaves the page loses its hint though its form was not scanned', async () => {
    document.body.innerHTML = `<form id="a"><label for="c">Cédula</label><input id="c"></form><div id="ad"></div>`;
    start();
    expect(hosts()).toHaveLength(1);
    document.getElementById('a')!.remove();
    await settle();
    expect(hosts()).toHaveLength(0);
  });
});

describe('label text is capped and labels are looked up once', () => {
  it(`matches only the first ${LABEL_MAX} characters of a text`, () => {
    expect(classifyLabel(`Cédula ${'x '.repeat(50_000)}`)?.kind).toBe('cedula');
    expect(classifyLabel(`${'a '.repeat(LABEL_MAX / 2)}Correo electrónico`)).toBeUndefined();
  });

  it('a field with a 100 KB label is judged by the label’s first words', () => {
    const huge = 'relleno '.repeat(12_500);
    document.body.innerHTML = `<form><label for="c">Cédula o código ${huge}</label><input id="c">
      <label for="e">${huge} correo</label><input id="e"></form>`;
    start();
    expect(kindOf('c')).toBe('cedula');
    // Its only label word is 100 KB in: not read, so no hint (the page's words are not a label).
    expect(kindOf('e')).toBeUndefined();
  });

  it('reads no input.labels; indexes the labels once for every scan until labels change', () => {
    document.body.innerHTML = `<form>${Array.from({ length: 20 }, (_, i) => `<label for="i${i}">Cédula ${i}</label><input id="i${i}">`).join('')}</form>`;
    const labels = vi.spyOn(HTMLInputElement.prototype, 'labels', 'get');
    const control = vi.spyOn(HTMLLabelElement.prototype, 'control', 'get');
    const page = { tokens: true };
    expect(detectFields(document.body, page)).toHaveLength(20);
    expect(detectFields(document.body, page)).toHaveLength(20);
    expect(labels).not.toHaveBeenCalled();
    expect(control).toHaveBeenCalledTimes(20);
    forgetLabels();
    detectFields(document.body, page);
    expect(control).toHaveBeenCalledTimes(40);
  });
});

describe('only what changed is re-checked', () => {
  it('typing in one field checks that field and the confirmation that depends on it, not the others', async () => {
    document.body.innerHTML = `<form>
      <label>Cédula <input id="c"></label>
      <label>Correo <input id="e"></label>
      <label>Confirmar correo <input id="ec"></label>
      <label>Celular <input id="p"></label></form>`;
    start();
    await settle();
    const c = document.getElementById('c') as HTMLInputElement;
    const e = document.getElementById('e') as HTMLInputElement;
    checkSpy.mockClear();
    const kinds = () => checkSpy.mock.calls.map(([kind]) => kind).sort();
    type(c, '17');
    expect(kinds()).toEqual(['cedula']);
    checkSpy.mockClear();
    type(e, 'ana@');
    expect(kinds()).toEqual(['email', 'email-confirm']);
    checkSpy.mockClear();
    // An input event without a new value (a key the field refused): nothing to check again.
    e.dispatchEvent(new Event('input', { bubbles: true }));
    expect(kinds()).toEqual([]);
  });
});

describe(`beyond ${INPUT_MAX} inputs`, () => {
  it('nothing is scanned and no hint shows; once the page is small again, hints come back', async () => {
    const rows = Array.from({ length: INPUT_MAX + 1 }, (_, i) => `<label for="i${i}">Cédula</label><input id="i${i}">`).join('');
    document.body.innerHTML = `<form id="big">${rows}</form><form id="small"><label for="c">Cédula</label><input id="c"></form>`;
    start();
    await settle();
    expect(detectSpy).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    document.getElementById('big')!.remove();
    await settle();
    expect(kindOf('c')).toBe('cedula');
  });
});
