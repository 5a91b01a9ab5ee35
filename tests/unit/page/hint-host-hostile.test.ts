// Issue 19, item 2, on a happy-dom document with the whole assistant and the real hint view: a
// page that fakes our hints, changes our hosts' attributes, unlinks or moves them. (What the page's
// CSS can do is proven in real browsers: tests/e2e/hostile-hints.e2e.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAssistant } from '../../../utils/page/assistant';
import { mountHint } from '../../../components/hint/mount';
import { message } from '../../../components/hint/messages';
import { PORTAL_URLS } from '../../../utils/portal/pages';
import { installHintMessages, loadFixture } from './helpers';

const CEDULA = 'formGenerar:j_id15';
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const input = () => document.getElementById(CEDULA) as HTMLInputElement;
const ourHost = () => document.getElementById(input().getAttribute('aria-describedby')!.split(' ').pop()!)!;

describe('hints a page cannot fake or unhook', () => {
  let ctrl: AbortController;

  beforeEach(async () => {
    await installHintMessages();
    loadFixture('generar-cedula.html');
    ctrl = new AbortController();
    startAssistant({
      doc: document,
      win: window,
      signal: ctrl.signal,
      lang: 'es',
      practice: false,
      send: () => undefined,
      url: () => PORTAL_URLS.generate,
      view: mountHint,
      texts: message,
      shadowMode: 'open',
      pollMs: 20,
      leaveMs: 10,
    });
  });
  afterEach(() => ctrl.abort());

  it('removes page-made look-alikes (our tag, or our attributes) at the next frame; ours stay', async () => {
    const host = ourHost();
    const fakeTag = document.createElement('asistente-clave-hint');
    fakeTag.setAttribute('data-asistente-level', 'ok');
    fakeTag.textContent = '✓ Correcto';
    const fakeSpan = document.createElement('span');
    fakeSpan.setAttribute('data-asistente-field', 'cedula');
    fakeSpan.textContent = '✓ Correcto';
    const note = document.createElement('p');
    note.textContent = '✓ Correcto';
    document.body.append(note);
    await tick(60);
    input().after(fakeTag, fakeSpan);
    // An element already there that gets our attribute later.
    note.setAttribute('data-asistente-level', 'ok');
    await tick(60);
    expect([fakeTag.isConnected, fakeSpan.isConnected, note.isConnected]).toEqual([false, false, false]);
    expect(host.isConnected).toBe(true);
    expect(document.querySelectorAll('asistente-clave-hint')).toHaveLength(1);
    expect(document.querySelectorAll('asistente-clave-root')).toHaveLength(1);
  });

  it('removes one of our old hosts that the page kept and puts back (an old verdict)', async () => {
    const old = ourHost();
    const row = input().closest('tr')!;
    row.remove(); // the field goes, its hint with it
    await tick(60);
    expect(old.isConnected).toBe(false);
    document.querySelector('.g-recaptcha')!.after(old);
    await tick(60);
    expect(old.isConnected).toBe(false);
  });

  it('puts back the attributes the page changes on our host, and drops the ones it adds', async () => {
    const host = ourHost();
    const id = host.id;
    host.id = 'pagina';
    host.setAttribute('data-asistente-level', 'ok');
    host.setAttribute('data-asistente-field', 'email');
    host.hidden = true;
    host.style.display = 'none';
    host.setAttribute('popover', '');
    host.setAttribute('inert', '');
    await tick(60);
    expect(host.getAttributeNames().sort()).toEqual(['data-asistente-field', 'data-asistente-level', 'id']);
    expect([host.id, host.getAttribute('data-asistente-field'), host.getAttribute('data-asistente-level')]).toEqual([id, 'cedula', 'empty']);
    expect(input().getAttribute('aria-describedby')).toBe(id);
  });

  it('links the field to its hint again when the page rewrites aria-describedby', async () => {
    const id = ourHost().id;
    input().setAttribute('aria-describedby', 'ayuda-portal');
    await tick(60);
    expect(input().getAttribute('aria-describedby')).toBe(`ayuda-portal ${id}`);
  });

  it('puts a host the page moved elsewhere back next to its field', async () => {
    await tick(60); // the start-up scans are over: nothing else would put it back
    const host = ourHost();
    const elsewhere = document.querySelector('.g-recaptcha')!;
    elsewhere.append(host);
    await tick(60);
    expect(input().nextElementSibling).toBe(host);
    expect(elsewhere.contains(host)).toBe(false);
  });
});
