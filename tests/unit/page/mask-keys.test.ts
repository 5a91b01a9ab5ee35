/**
 * An input mask (PrimeFaces InputMask, jquery.maskedinput) takes each key in its own keydown /
 * keypress handler (preventDefault) and writes the value by script: no `input` event. The hint
 * follows within that key event, not at the next value poll (issue 17: value change → hint).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installHintMessages, loadFixture } from './helpers';
import { PORTAL_URLS } from '../../../utils/portal/pages';

const { startAssistant } = await import('../../../utils/page/assistant');
const { mountHint } = await import('../../../components/hint/mount');
const { message } = await import('../../../components/hint/messages');

const level = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((el) => el?.localName === 'asistente-clave-hint')
    ?.getAttribute('data-asistente-level');

describe('input mask keys', () => {
  let ctrl: AbortController;
  beforeEach(async () => {
    await installHintMessages();
    document.body.innerHTML = '';
  });
  afterEach(() => ctrl?.abort());

  it('a value written by the mask in keypress / keydown updates the hint within that key event', () => {
    loadFixture('generar-cedula.html');
    ctrl = new AbortController();
    // A poll far away: only the key events themselves can make the hint follow in this test.
    startAssistant({ doc: document, win: window, signal: ctrl.signal, lang: 'es', practice: false, send: () => undefined, url: () => PORTAL_URLS.generate, view: mountHint, texts: message, shadowMode: 'open', pollMs: 60_000, leaveMs: 10 });
    const input = document.getElementById('formGenerar:j_id15') as HTMLInputElement;
    input.focus();
    // The mask: a key typed is written by script, the default action prevented.
    let next = '';
    const mask = (e: Event) => {
      e.preventDefault();
      input.value = next;
    };
    input.addEventListener('keypress', mask);
    input.addEventListener('keydown', (e) => e.key === 'Backspace' && mask(e));
    expect(level(input)).toBe('empty');
    next = '1714307104'; // wrong check digit: said at once
    input.dispatchEvent(new KeyboardEvent('keypress', { key: '4', bubbles: true, cancelable: true }));
    expect(level(input)).toBe('error');
    next = '171430710_'; // taken back: unfinished while typing, nothing said
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }));
    expect(level(input)).toBe('empty');
    next = '1714307103';
    input.dispatchEvent(new KeyboardEvent('keypress', { key: '3', bubbles: true, cancelable: true }));
    expect(level(input)).toBe('ok');
  });
});
