import { afterEach, describe, expect, it } from 'vitest';
import { presenterMessages } from '../../../utils/i18n/presenter';
import { portalSteps } from '../../../utils/presenter/portal-steps';
import { FIELD_KINDS } from '../../../utils/rules/types';

afterEach(() => {
  document.body.textContent = '';
});

/** A page after the assistant ran: each recognised input is linked to its hint host. */
function page(html: string) {
  document.body.innerHTML = html;
}

describe('presenter steps on an official page', () => {
  it('lists the recognised fields, the captcha and the action buttons in page order', () => {
    page(`
      <form>
        <table><tr><td>Cédula o código:</td><td><input id="f:j_id15" aria-describedby="asistente-hint-1"><asistente-clave-hint id="asistente-hint-1" data-asistente-field="cedula"></asistente-clave-hint></td></tr></table>
        <div class="g-recaptcha" data-sitekey="x">No soy un robot</div>
        <input type="submit" value="Buscar">
        <input type="button" value="Ayuda">
      </form>`);
    const steps = portalSteps(document, 'es');
    expect(steps.map((s) => s.caption)).toEqual([
      'Escriba la cédula tal como está registrada.',
      'Marque «No soy un robot».',
      'Pulse «Buscar».',
    ]);
    expect(steps[0]!.target()).toBe(document.getElementById('f:j_id15'));
    expect(steps[2]!.target()).toBe(document.querySelector('input[type=submit]'));
  });

  it('follows a field that a partial update replaced', () => {
    page(`<input id="a" aria-describedby="asistente-hint-2"><asistente-clave-hint id="asistente-hint-2" data-asistente-field="email"></asistente-clave-hint>`);
    const [step] = portalSteps(document, 'en');
    expect(step!.caption).toBe('Type your email address.');
    page(`<input id="b" aria-describedby="asistente-hint-2"><asistente-clave-hint id="asistente-hint-2" data-asistente-field="email"></asistente-clave-hint>`);
    expect(step!.target()).toBe(document.getElementById('b'));
  });

  it('finds a field again after a partial update replaced it and its hint (same JSF id)', () => {
    page(`<input id="f:ced" aria-describedby="asistente-hint-8"><asistente-clave-hint id="asistente-hint-8" data-asistente-field="cedula"></asistente-clave-hint>
      <button type="button">Enviar código</button>`);
    const steps = portalSteps(document, 'es');
    expect(steps.map((s) => s.caption)).toEqual(['Escriba la cédula tal como está registrada.', 'Pulse «Enviar código».']);
    page(`<input id="f:ced" aria-describedby="asistente-hint-9"><asistente-clave-hint id="asistente-hint-9" data-asistente-field="cedula"></asistente-clave-hint>`);
    expect(steps[0]!.target()).toBe(document.getElementById('f:ced'));
    expect(steps[0]!.context?.()).toEqual([document.getElementById('asistente-hint-9')]);
  });

  it('skips hidden fields and pages without anything to explain', () => {
    page(`<input hidden aria-describedby="asistente-hint-3"><asistente-clave-hint id="asistente-hint-3" data-asistente-field="cedula"></asistente-clave-hint><p>Hola</p>`);
    expect(portalSteps(document, 'es')).toEqual([]);
  });

  it('walks the clave page: terms, each clave field with its on-screen keyboard, the button', () => {
    page(`
      <form>
        <label><input type="checkbox" id="terms"> Acepto los términos y condiciones de uso</label>
        <input id="c1" type="password" readonly aria-describedby="asistente-hint-4"><asistente-clave-hint id="asistente-hint-4" data-asistente-field="password"></asistente-clave-hint>
        <input id="c2" type="password" readonly aria-describedby="asistente-hint-5"><asistente-clave-hint id="asistente-hint-5" data-asistente-field="password-confirm"></asistente-clave-hint>
        <div class="teclado" data-target="c1"><button type="button">1</button><button type="button">Sig.</button></div>
        <input type="submit" value="Generar la clave">
      </form>`);
    const steps = portalSteps(document, 'es');
    expect(steps.map((s) => s.caption)).toEqual([
      presenterMessages.es.terms,
      presenterMessages.es['field.password.keypad'],
      presenterMessages.es['field.password-confirm.keypad'],
      'Pulse «Generar la clave».',
    ]);
    expect(steps[0]!.target()).toBe(document.getElementById('terms')!.closest('label'));
    const keys = Array.from(document.querySelectorAll('.teclado button'));
    expect(steps[1]!.companions?.()).toEqual(keys);
    expect(steps[2]!.companions?.()).toEqual(keys);
    expect(steps[1]!.context?.()).toEqual([document.getElementById('asistente-hint-4')]);
    expect(steps[3]!.companions).toBeUndefined();
    expect(steps[0]!.companions?.()).toEqual([document.getElementById('terms')]);
  });

  it('says a landline is a landline and a mobile a mobile', () => {
    page(`
      <label for="m">Teléfono celular:</label><input id="m" type="tel" aria-describedby="asistente-hint-6"><asistente-clave-hint id="asistente-hint-6" data-asistente-field="phone"></asistente-clave-hint>
      <label for="l">Teléfono convencional:</label><input id="l" type="tel" aria-describedby="asistente-hint-7"><asistente-clave-hint id="asistente-hint-7" data-asistente-field="phone"></asistente-clave-hint>`);
    for (const lang of ['es', 'en'] as const) {
      const [mobile, landline] = portalSteps(document, lang).map((s) => s.caption);
      expect(mobile).toBe(presenterMessages[lang]['field.phone.mobile']);
      expect(landline).toBe(presenterMessages[lang]['field.phone.landline']);
      expect(landline).not.toMatch(/09/);
    }
  });

  it('has a caption for every field kind in both languages', () => {
    for (const kind of FIELD_KINDS) {
      expect(presenterMessages.es[`field.${kind}` as keyof typeof presenterMessages.es]).toBeTruthy();
      expect(presenterMessages.en[`field.${kind}` as keyof typeof presenterMessages.en]).toBeTruthy();
    }
  });
});
