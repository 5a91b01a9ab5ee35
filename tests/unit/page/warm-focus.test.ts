/**
 * The warm-up (rules and hint texts over made-up values, so the first keystroke is not the one
 * that compiles them) runs when the person comes to the page (a focus, a press), not on every page load (issue 17:
 * the content script's own time per page load). It shows, sends and changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { installHintMessages, loadFixture } from './helpers';
import { PORTAL_URLS } from '../../../utils/portal/pages';

const { startAssistant } = await import('../../../utils/page/assistant');
const { mountHint } = await import('../../../components/hint/mount');
const { message } = await import('../../../components/hint/messages');

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const hostsNow = () =>
  Array.from(document.querySelectorAll('asistente-clave-hint')).map((h) => [h.getAttribute('data-asistente-field'), h.getAttribute('data-asistente-level'), h.shadowRoot!.textContent]);
/** The level words are read by the warm-up only (a hint's own text names no level). */
let getMessage: ReturnType<typeof vi.spyOn>;
const levelWordsRead = () => getMessage.mock.calls.filter((call: unknown[]) => /^h_es_h_level_/.test(String(call[0]))).length;

describe('warm-up', () => {
  let ctrl: AbortController;
  beforeEach(async () => {
    vi.restoreAllMocks();
    await installHintMessages();
    getMessage = vi.spyOn(browser.i18n, 'getMessage');
    document.body.innerHTML = '';
  });
  afterEach(() => ctrl?.abort());

  it('waits for the first focus on the page, then shows, sends and changes nothing', async () => {
    loadFixture('generar-datos.html');
    document.getElementById('formDatos:panel')!.innerHTML =
      '<label for="e">Correo electrónico:</label><input id="e"><label for="p">Clave:</label><input id="p" type="password">';
    const sent: unknown[] = [];
    ctrl = new AbortController();
    startAssistant({ doc: document, win: window, signal: ctrl.signal, lang: 'es', practice: false, send: (m) => sent.push(m), url: () => PORTAL_URLS.generate, view: mountHint, texts: message, shadowMode: 'open', pollMs: 20, leaveMs: 10 });
    await tick(300); // after the first paint and the page-text read
    expect(levelWordsRead()).toBe(0);
    const before = hostsNow();
    const sentBefore = sent.length;
    document.getElementById('e')!.focus();
    expect(levelWordsRead()).toBeGreaterThan(0);
    await tick(50);
    expect(hostsNow()).toEqual(before);
    expect(sent).toHaveLength(sentBefore);
    expect((document.getElementById('e') as HTMLInputElement).value).toBe('');
  });

  it('also runs on a press anywhere (an on-screen key that takes no focus)', async () => {
    // Texts already read stay cached in the module: a kind the test above did not warm (cédula).
    loadFixture('generar-cedula.html');
    ctrl = new AbortController();
    startAssistant({ doc: document, win: window, signal: ctrl.signal, lang: 'es', practice: false, send: () => undefined, url: () => PORTAL_URLS.generate, view: mountHint, texts: message, shadowMode: 'open', pollMs: 20, leaveMs: 10 });
    await tick(300);
    const reads = getMessage.mock.calls.length;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(getMessage.mock.calls.length).toBeGreaterThan(reads);
  });
});
