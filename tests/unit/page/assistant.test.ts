import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssistantMessage, StepSignalMessage } from '../../../utils/messaging';
import type { FieldKind, Verdict } from '../../../utils/rules/types';
import { installHintMessages, loadFixture } from './helpers';
import { PORTAL_URLS } from '../../../utils/portal/pages';

// Deterministic rules for the wiring tests (the real engine has its own tests): digits only,
// 10 long for ids; anything else is an error; 'abc' is a warning; confirmations must match.
vi.mock('../../../utils/rules', () => ({
  check(kind: FieldKind, raw: string, ctx: { email?: string; password?: string } = {}): Verdict {
    const v = String(raw ?? '');
    if (!v) return { level: 'empty', code: `${kind}.empty` };
    if (kind === 'email-confirm') return v === ctx.email ? { level: 'ok', code: 'email-confirm.ok' } : { level: 'error', code: 'email-confirm.mismatch' };
    if (kind === 'password-confirm') return v === ctx.password ? { level: 'ok', code: 'password-confirm.ok' } : { level: 'error', code: 'password-confirm.mismatch' };
    if (kind === 'password') return v.length < 6 ? { level: 'error', code: 'password.short', incomplete: true } : { level: 'ok', code: 'password.ok' };
    if (kind === 'email') return v.includes('@') ? { level: 'ok', code: 'email.ok' } : { level: 'error', code: 'email.no-at' };
    if (v === 'abc') return { level: 'warn', code: `${kind}.warn` };
    if (!/^\d*$/.test(v)) return { level: 'error', code: `${kind}.chars` };
    if (v.length < 10) return { level: 'error', code: `${kind}.short`, incomplete: true };
    return { level: 'ok', code: `${kind}.ok` };
  },
}));

const { startAssistant, removeStale, HINT_ID_PREFIX } = await import('../../../utils/page/assistant');
const { mountHint } = await import('../../../components/hint/mount');
const { message } = await import('../../../components/hint/messages');
const { startOutcomes } = await import('../../../utils/page/outcomes');
const { outcomeWords } = await import('../../../utils/i18n/outcomes');
/** happy-dom has no layout: "readable" here is "not inside [data-unseen]" (the real test is tests/e2e/hostile-steps). */
const outcomesLoader = () =>
  Promise.resolve((o: Omit<Parameters<typeof startOutcomes>[0], 'words'>) =>
    startOutcomes({ ...o, words: outcomeWords, readable: (t: Text) => !t.parentElement?.closest('[data-unseen],[style*="display:none"]') }),
  );

const GENERATE = PORTAL_URLS.generate;
const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('asistente-clave-hint'));
const hostFor = (id: string) => hosts().find((h) => document.getElementById(id)!.getAttribute('aria-describedby')?.includes(h.id));
const level = (id: string) => hostFor(id)?.getAttribute('data-asistente-level');
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('startAssistant', () => {
  let ctrl: AbortController;
  let sent: StepSignalMessage[];
  let others: AssistantMessage[];

  function start(url = GENERATE, extra: object = {}) {
    ctrl = new AbortController();
    sent = [];
    others = [];
    return startAssistant({
      doc: document,
      win: window,
      signal: ctrl.signal,
      lang: 'es',
      practice: false,
      send: (m) => (m.type === 'asistente:signal' ? sent.push(m) : others.push(m)),
      outcomes: outcomesLoader,
      url: () => url,
      view: mountHint,
      texts: message,
      shadowMode: 'open',
      pollMs: 20,
      leaveMs: 10,
      ...extra,
    });
  }

  beforeEach(async () => {
    await installHintMessages();
    document.body.innerHTML = '';
    document.title = '';
  });
  afterEach(() => ctrl?.abort());

  it('marks the page, adds one hint per field with the contract attributes, links it for screen readers', () => {
    loadFixture('generar-cedula.html');
    const input = document.getElementById('formGenerar:j_id15')!;
    input.setAttribute('aria-describedby', 'portal-help');
    start();
    expect(document.querySelector('asistente-clave-root')?.getAttribute('data-asistente-page')).toBe('generate');
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.getAttribute('data-asistente-field')).toBe('cedula');
    expect(host.getAttribute('data-asistente-level')).toBe('empty');
    expect(host.id.startsWith(HINT_ID_PREFIX)).toBe(true);
    expect(input.nextElementSibling).toBe(host);
    expect(input.getAttribute('aria-describedby')).toBe(`portal-help ${host.id}`);
    // The live region is outside the host, so the field's description is the visible hint once.
    expect(host.shadowRoot!.querySelector('[role=status],[aria-live]')).toBeNull();
    expect(document.querySelector('asistente-clave-live')!.shadowRoot!.querySelector('[role=status][aria-live=polite]')).not.toBeNull();
  });

  it('follows typing; an unfinished value is neutral while focused and an error after leaving', async () => {
    loadFixture('generar-cedula.html');
    start();
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    input.focus();
    type(input, '171');
    expect(level(input.id)).toBe('empty');
    type(input, '17x');
    expect(level(input.id)).toBe('error');
    type(input, '1714307103');
    expect(level(input.id)).toBe('ok');
    const text = hostFor(input.id)!.shadowRoot!.textContent;
    expect(text).toContain('✓');
    expect(text).toContain('Correcto');
    type(input, '171');
    input.blur();
    await tick(30);
    expect(level(input.id)).toBe('error');
    const shown = hostFor(input.id)!.shadowRoot!;
    expect(shown.textContent).toContain('✕');
    expect(document.querySelector('asistente-clave-live')!.shadowRoot!.querySelector('[role=status]')!.textContent).not.toBe('');
  });

  it('a page that removes the live region does not silence the hints: it is back before the next announcement', async () => {
    loadFixture('generar-cedula.html');
    start(GENERATE);
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    input.focus();
    document.querySelector('asistente-clave-live')!.remove(); // a hostile page script
    expect(document.querySelector('asistente-clave-live')).toBeNull();
    type(input, '171');
    input.blur();
    await tick(30);
    expect(level(input.id)).toBe('error');
    const live = document.querySelector('asistente-clave-live');
    expect(live).not.toBeNull();
    expect(live!.shadowRoot!.querySelector('[role=status]')!.textContent).not.toBe('');
  });

  it('speaks the browser language (English) with icon and word', () => {
    loadFixture('generar-cedula.html');
    start(GENERATE, { lang: 'en' });
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    type(input, '17x');
    const root = hostFor(input.id)!.shadowRoot!;
    expect(root.textContent).toContain('✕');
    expect(root.textContent).toContain('Fix');
    expect(root.querySelector('.hint')!.getAttribute('lang')).toBe('en');
  });

  it('re-reads values set by script when the focus moves', () => {
    document.body.innerHTML = `<label>Cédula <input id="c" /></label><input id="other" type="checkbox" />`;
    start();
    const c = document.getElementById('c') as HTMLInputElement;
    c.value = '1714307103'; // by script, no event
    (document.getElementById('other') as HTMLInputElement).focus();
    expect(level('c')).toBe('ok');
  });

  it('sends each step signal once, with no value in it', async () => {
    loadFixture('generar-cedula.html');
    start();
    await tick(300); // page text (the captcha) is read after the first paint
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    type(input, '1714307103');
    type(input, '');
    type(input, '1714307103');
    expect(sent.map((m) => m.signal)).toEqual(['portal-opened', 'captcha-shown', 'id-valid']);
    for (const m of sent) {
      expect(m).toEqual({ type: 'asistente:signal', signal: m.signal, page: 'generate', at: expect.any(Number), practice: false });
      expect(JSON.stringify(m)).not.toContain('1714307103');
    }
  });

  it('the idle warm-up after the first paint shows, sends and changes nothing', async () => {
    loadFixture('generar-datos.html');
    document.getElementById('formDatos:panel')!.innerHTML =
      '<label for="e">Correo electrónico:</label><input id="e"><label for="p">Clave:</label><input id="p" type="password">';
    start();
    const before = hosts().map((h) => [h.getAttribute('data-asistente-field'), h.getAttribute('data-asistente-level'), h.shadowRoot!.textContent]);
    await tick(300);
    expect(hosts().map((h) => [h.getAttribute('data-asistente-field'), h.getAttribute('data-asistente-level'), h.shadowRoot!.textContent])).toEqual(before);
    expect(sent.map((m) => m.signal)).toEqual(['portal-opened']);
    expect((document.getElementById('e') as HTMLInputElement).value).toBe('');
  });

  it('uses the other fields as context and signals email-valid only when both match', () => {
    document.body.innerHTML = `<label>Correo <input id="e" /></label><label>Confirmar correo <input id="c" /></label>`;
    start();
    const e = document.getElementById('e') as HTMLInputElement;
    const c = document.getElementById('c') as HTMLInputElement;
    type(e, 'ana@example.com');
    expect(sent.some((m) => m.signal === 'email-valid')).toBe(false);
    type(c, 'ana@example.co');
    expect(level('c')).toBe('error');
    type(c, 'ana@example.com');
    expect(level('c')).toBe('ok');
    expect(sent.filter((m) => m.signal === 'email-valid')).toHaveLength(1);
  });

  it('a cleared clave is not remembered; a clave from a replaced step is', async () => {
    document.body.innerHTML = `<div id="step"><label>Nueva clave <input id="p" /></label></div><label>Confirmar clave <input id="c" /></label>`;
    start();
    const p = document.getElementById('p') as HTMLInputElement;
    const c = document.getElementById('c') as HTMLInputElement;
    type(p, 'abc123');
    type(c, 'abc123');
    expect(level('c')).toBe('ok');
    type(p, '');
    expect(level('c')).toBe('error');
    type(p, 'abc123');
    document.getElementById('step')!.remove(); // the step with the clave goes away
    await tick(300);
    type(c, 'abc123');
    expect(level('c')).toBe('ok');
  });

  it('follows an on-screen keyboard that sets the value by script (poll and clicks)', async () => {
    loadFixture('generar-clave.html');
    start();
    const nueva = document.getElementById('formClave:j_id62') as HTMLInputElement;
    const confirma = document.getElementById('formClave:j_id64') as HTMLInputElement;
    nueva.value = 'abc'; // no event at all
    await tick(60);
    expect(level(nueva.id)).toBe('empty'); // unfinished and still being typed: not shouted
    nueva.value = 'abc123';
    await tick(60);
    expect(level(nueva.id)).toBe('ok');
    confirma.value = 'abc12';
    await tick(60);
    expect(level(confirma.id)).toBe('error');
    confirma.value = 'abc123';
    document.body.click();
    await tick(5);
    expect(level(confirma.id)).toBe('ok');
    expect(sent.map((m) => m.signal)).toContain('clave-valid');
  });

  it('the value poll reads values only: no style or layout asked on its ticks (issue 17)', async () => {
    loadFixture('generar-clave.html');
    start();
    await tick(30); // the first scan and its reads are done
    const nueva = document.getElementById('formClave:j_id62') as HTMLInputElement;
    const styles = vi.spyOn(window, 'getComputedStyle');
    const proto = Element.prototype as Element & { checkVisibility?: () => boolean };
    const had = Object.getOwnPropertyDescriptor(proto, 'checkVisibility');
    const visibility = vi.fn(() => true);
    proto.checkVisibility = visibility;
    try {
      nueva.value = 'abc123'; // set by script, no event: only the poll sees it
      await tick(100); // several ticks
      expect(level(nueva.id)).toBe('ok');
      expect(styles).not.toHaveBeenCalled();
      expect(visibility).not.toHaveBeenCalled();
    } finally {
      if (had) Object.defineProperty(proto, 'checkVisibility', had);
      else Reflect.deleteProperty(proto, 'checkVisibility');
      styles.mockRestore();
    }
  });

  it('an on-screen key click updates the hint within the same click (after the page handler)', () => {
    loadFixture('generar-clave.html');
    start();
    const nueva = document.getElementById('formClave:j_id62') as HTMLInputElement;
    const key = document.createElement('button');
    key.type = 'button';
    key.onclick = () => {
      nueva.value += 'abc';
    };
    document.getElementById('formClave:teclado')!.append(key);
    key.click();
    expect(level(nueva.id)).toBe('empty');
    key.click();
    expect(level(nueva.id)).toBe('ok');
  });

  it('a key without inline onclick (a <td> with a listener) is still a key: no error while typing', async () => {
    loadFixture('generar-clave.html');
    start();
    const nueva = document.getElementById('formClave:j_id62') as HTMLInputElement;
    const td = document.createElement('td');
    td.addEventListener('mousedown', () => {
      nueva.value += 'a';
    });
    document.body.append(td);
    for (let i = 0; i < 3; i++) {
      td.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      td.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      td.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await tick(5);
      expect(level(nueva.id)).toBe('empty');
    }
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true })); // plain page
    await tick(5);
    expect(level(nueva.id)).toBe('error');
  });

  it('a page that clones a row (with our host inside) gets no stray copies or stale links', async () => {
    loadFixture('generar-cedula.html');
    start();
    for (let i = 0; i < 3; i++) {
      const row = document.getElementById('formGenerar:j_id15')!.closest('tr')!;
      const clone = row.cloneNode(true) as HTMLElement;
      row.replaceWith(clone);
      await tick(300);
    }
    expect(hosts()).toHaveLength(1);
    const input = document.getElementById('formGenerar:j_id15')!;
    expect(input.getAttribute('aria-describedby')).toBe(hosts()[0]!.id);
    expect(input.nextElementSibling).toBe(hosts()[0]);
  });

  it('a field shown later (a dialog opened by a class or style change) gets its hint then', async () => {
    document.body.innerHTML = `<div id="dlg" style="display:none"><label>Correo <input id="e" /></label></div>`;
    start();
    expect(hosts()).toHaveLength(0);
    document.getElementById('dlg')!.style.display = 'block';
    await tick(300);
    expect(hosts()).toHaveLength(1);
  });

  it('practice mode: a forced page kind and practice:true in every message', () => {
    document.body.innerHTML = `<label>Cédula <input id="c" /></label>`;
    start('chrome-extension://x/practice.html', { pageKind: 'unlock', practice: true });
    type(document.getElementById('c') as HTMLInputElement, '1714307103');
    expect(document.querySelector('[data-asistente-page]')!.getAttribute('data-asistente-page')).toBe('unlock');
    expect(sent.map((m) => [m.signal, m.page, m.practice])).toEqual([
      ['portal-opened', 'unlock', true],
      ['id-valid', 'unlock', true],
    ]);
  });

  it('reads no step phrase before a submit, nor after a page script clicks the button (untrusted)', async () => {
    loadFixture('correo-enviado.html');
    start();
    const form = document.body.appendChild(document.createElement('form'));
    const button = form.appendChild(document.createElement('button'));
    button.addEventListener('click', (e) => e.preventDefault());
    button.click();
    form.dispatchEvent(new Event('submit', { bubbles: true }));
    await tick(300);
    expect(sent.map((m) => m.signal)).toEqual(['portal-opened']);
    expect(others).toEqual([]);
  });

  it('after a submit, reads step phrases in what a partial update adds, not in hidden text', async () => {
    loadFixture('generar-cedula.html');
    const assistant = start();
    assistant.readOutcomes();
    await tick(0);
    const box = document.createElement('div');
    box.innerHTML = '<div style="display:none">Su clave ha sido desbloqueada</div><span data-unseen>Su clave ha sido generada</span><span>Se ha enviado un correo a su dirección</span>';
    document.body.append(box);
    await tick(400);
    const names = sent.map((m) => m.signal);
    expect(names).toContain('email-sent');
    expect(names).not.toContain('unlocked');
    expect(names).not.toContain('clave-created');
    expect(others).toContainEqual(expect.objectContaining({ type: 'asistente:outcome', outcome: 'email-sent', page: 'generate', practice: false }));
  });

  it('rescans after a partial update: no duplicate hints, a hint goes away with its field', async () => {
    loadFixture('desbloquear.html');
    start(PORTAL_URLS.unlock);
    expect(hosts()).toHaveLength(1);
    const html = document.getElementById('contenido')!.innerHTML.replace(/<asistente-clave-hint[^>]*><\/asistente-clave-hint>/, '');
    for (let i = 0; i < 3; i++) {
      document.getElementById('contenido')!.innerHTML = html;
      await tick(300);
    }
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.previousElementSibling).toBe(document.getElementById('formDesbloqueo:j_id8'));
    document.getElementById('contenido')!.innerHTML = '<p>Listo</p>';
    await tick(300);
    expect(hosts()).toHaveLength(0);
  });

  it('reads text signals once the tab submitted (readOutcomes): email sent, hidden text ignored', async () => {
    loadFixture('correo-enviado.html');
    const assistant = start();
    await tick(300);
    expect(sent.map((m) => m.signal)).toEqual(['portal-opened']); // no submit: the text is not read
    assistant.readOutcomes();
    await tick(50);
    const signals = sent.map((m) => m.signal);
    expect(signals).toContain('email-sent');
    expect(signals).not.toContain('unlocked'); // a hidden dialog says so: not read
  });

  it('puts a hint the page removed back next to its field, with its level and link, once', async () => {
    loadFixture('generar-cedula.html');
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    start();
    type(input, '12ab');
    const host = hostFor('formGenerar:j_id15')!;
    expect(host.getAttribute('data-asistente-level')).toBe('error');
    host.remove();
    document.querySelector('asistente-clave-root')!.remove();
    await tick(150);
    expect(hosts()).toEqual([host]);
    expect(input.nextElementSibling).toBe(host);
    expect(level('formGenerar:j_id15')).toBe('error');
    expect(document.querySelectorAll('asistente-clave-root')).toHaveLength(1);
  });

  it('backs off when the page removes the hint every time it comes back', async () => {
    loadFixture('generar-cedula.html');
    start();
    let removals = 0;
    const fighter = new MutationObserver(() => {
      for (const h of hosts()) {
        h.remove();
        removals++;
      }
    });
    fighter.observe(document.body, { childList: true, subtree: true });
    hosts()[0]!.remove();
    await tick(600);
    fighter.disconnect();
    // Back-off 0, 50, 100, 200, 400 ms: a handful of tries, not one per frame.
    expect(removals).toBeGreaterThan(1);
    expect(removals).toBeLessThan(8);
  });

  it('tears everything down on abort; a new instance removes what an old one left', () => {
    loadFixture('generar-cedula.html');
    const input = document.getElementById('formGenerar:j_id15')!;
    start();
    expect(hosts()).toHaveLength(1);
    ctrl.abort();
    expect(hosts()).toHaveLength(0);
    expect(document.querySelector('asistente-clave-root')).toBeNull();
    expect(input.hasAttribute('aria-describedby')).toBe(false);

    // Leftovers of an instance that could not clean up (its context died).
    const stale = document.createElement('asistente-clave-hint');
    input.setAttribute('aria-describedby', 'x asistente-hint-old-1');
    input.after(stale);
    removeStale(document);
    expect(hosts()).toHaveLength(0);
    expect(input.getAttribute('aria-describedby')).toBe('x');
    start();
    expect(hosts()).toHaveLength(1);
    expect(document.querySelectorAll('asistente-clave-root')).toHaveLength(1);
  });

  it('stops by itself when the extension is gone (alive() false)', async () => {
    loadFixture('generar-cedula.html');
    let alive = true;
    start(GENERATE, { alive: () => alive });
    expect(hosts()).toHaveLength(1);
    alive = false;
    await tick(60);
    expect(hosts()).toHaveLength(0);
  });

  it('never changes a value, never prevents a submit, never moves the focus', () => {
    loadFixture('generar-cedula.html');
    const form = document.getElementById('formGenerar') as HTMLFormElement;
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    start();
    input.focus();
    type(input, '17-14307103 ');
    expect(input.value).toBe('17-14307103 ');
    expect(document.activeElement).toBe(input);
    const ev = new Event('submit', { cancelable: true, bubbles: true });
    form.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
  });
});
