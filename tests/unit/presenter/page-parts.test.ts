import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PRESENTER_FACTS } from '../../../utils/portal/presenter';
import { PresenterFactsSchema } from '../../../utils/portal/presenter-schema';
import { isActionButton, isTermsCheck, keypadFor, pageOwnsKeys, phoneLine, typesWithKeypad } from '../../../utils/presenter/page-parts';

afterEach(() => {
  document.body.textContent = '';
});

const $ = <T extends Element = HTMLInputElement>(sel: string) => document.querySelector(sel) as T;

describe('presenter: parts of an official page', () => {
  it('its facts are valid data', () => {
    expect(() => PresenterFactsSchema.parse(PRESENTER_FACTS)).not.toThrow();
    expect(z.safeParse(PresenterFactsSchema, { ...PRESENTER_FACTS, terms: ['Términos'] }).success).toBe(false);
  });

  it('tells a landline from a mobile by the words next to the field', () => {
    document.body.innerHTML = `
      <label for="a">Teléfono celular:</label><input id="a" type="tel">
      <label for="b">Teléfono convencional:</label><input id="b" type="tel">
      <table><tr><td>Teléfono fijo</td><td><input id="c"></td></tr></table>
      <input id="d" aria-label="Teléfono">`;
    expect(phoneLine($('#a'))).toBe('mobile');
    expect(phoneLine($('#b'))).toBe('landline');
    expect(phoneLine($('#c'))).toBe('landline');
    expect(phoneLine($('#d'))).toBeUndefined();
  });

  it('finds the on-screen keyboard of a field: named, a PrimeFaces popup, or one in its form', () => {
    document.body.innerHTML = `
      <form id="f"><input id="p1" readonly><input id="p2" readonly><div class="teclado"><button type="button">1</button></div></form>
      <form id="g"><input id="k" class="is-keypad"><input id="plain"></form>
      <div class="keypad-popup" style="display:none"><button type="button" class="keypad-key">a</button></div>`;
    expect(keypadFor($('#p1'))).toBe($('.teclado'));
    expect(keypadFor($('#p2'))).toBe($('.teclado'));
    expect(typesWithKeypad($('#p1'))).toBe(true);
    expect(keypadFor($('#k'))).toBeNull(); // popup hidden
    expect(typesWithKeypad($('#k'))).toBe(true); // the field says so
    expect(typesWithKeypad($('#plain'))).toBe(false);
    $<HTMLElement>('.keypad-popup').style.display = 'block';
    $<HTMLElement>('#k').focus();
    expect(keypadFor($('#k'))).toBe($('.keypad-popup'));
    expect(keypadFor($('#plain'))).toBeNull();
  });

  it('knows the terms check and the action buttons, not keyboard keys or help', () => {
    document.body.innerHTML = `
      <label><input id="t" type="checkbox"> Acepto los términos y condiciones de uso</label>
      <label><input id="n" type="checkbox"> Recordarme</label>
      <input id="go" type="submit" value="Generar la clave"><input id="help" type="button" value="Ayuda">
      <div class="keypad-popup"><button id="key" type="button">Enviar</button></div>`;
    expect(isTermsCheck($('#t'))).toBe(true);
    expect(isTermsCheck($('#n'))).toBe(false);
    expect(isActionButton($('#go'))).toBe(true);
    expect(isActionButton($('#help'))).toBe(false);
    expect(isActionButton($('#key'))).toBe(false);
  });

  it('leaves keys to the page in a text field, a contenteditable or an on-screen keyboard', () => {
    document.body.innerHTML = `<input id="i"><textarea id="ta"></textarea><div id="ce" contenteditable="true" tabindex="0"></div>
      <input id="cb" type="checkbox"><button id="b">x</button><div class="teclado"><button id="key" type="button">1</button></div>`;
    const owns = (sel: string) => {
      $<HTMLElement>(sel).focus();
      return pageOwnsKeys(document);
    };
    expect(owns('#i')).toBe(true);
    expect(owns('#ta')).toBe(true);
    expect(owns('#key')).toBe(true);
    expect(owns('#cb')).toBe(false);
    expect(owns('#b')).toBe(false);
  });
});
