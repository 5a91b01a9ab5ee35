import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../../utils/page/detect';
import { detectPage } from '../../../utils/page/page-kinds';
import { headingText } from '../../../utils/page/read-page';
import { loadFixture } from './helpers';
import { PORTAL_URLS } from '../../../utils/portal/pages';

const URLS: Record<string, string> = {
  'generar-cedula.html': PORTAL_URLS.generate,
  'generar-altcha.html': `${PORTAL_URLS.generate}pages/buscar.jsf`,
  'generar-preguntas.html': `${PORTAL_URLS.generate}pages/preguntas.jsf`,
  'generar-clave.html': `${PORTAL_URLS.generate}pages/generarClave.jsf`,
  'desbloquear.html': PORTAL_URLS.unlock,
  'actualizar-datos.html': PORTAL_URLS.updateData,
  'cambiar-clave.html': new URL('/iess-cambio-clave/cambioClave.jsf', PORTAL_URLS.generate).href,
  'empleador-login.html': PORTAL_URLS.employer,
  'empleador-registro.html': new URL('registro.jsf', PORTAL_URLS.employer).href,
  'biess.html': `${PORTAL_URLS.biess}servicios`,
};

function detect(file: string) {
  loadFixture(file);
  const page = detectPage(URLS[file]!, headingText(document));
  return { page: page.kind, fields: Object.fromEntries(detectFields(document, page).map((f) => [f.input.id || f.input.name, f.kind])) };
}

describe('field detector on the portal fixtures', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('generate: "Cédula o código" in the previous cell', () => {
    expect(detect('generar-cedula.html')).toEqual({ page: 'generate', fields: { 'formGenerar:j_id15': 'cedula' } });
    expect(detect('generar-altcha.html')).toEqual({ page: 'generate', fields: { 'frmBuscar:j_id12': 'cedula' } });
  });

  it('generate: birth date and random questions are not judged', () => {
    expect(detect('generar-preguntas.html')).toEqual({ page: 'generate', fields: {} });
  });

  it('generate: new clave and its confirmation (read-only, on-screen keyboard)', () => {
    expect(detect('generar-clave.html')).toEqual({
      page: 'generate',
      fields: { 'formClave:j_id62': 'password', 'formClave:j_id64': 'password-confirm' },
    });
  });

  it('generate: the late-loaded personal data bank (label for with JSF ids, wrapper)', () => {
    loadFixture('generar-datos.html');
    document.getElementById('formDatos:panel')!.innerHTML = `
      <form id="formDatos">
        <div class="fila"><label for="formDatos:j_id40">Correo electrónico:</label><input id="formDatos:j_id40" type="text" /></div>
        <div class="fila"><label for="formDatos:j_id42">Confirmar correo electrónico:</label><input id="formDatos:j_id42" type="text" /></div>
        <div class="fila"><label for="formDatos:j_id44">Teléfono celular:</label><span class="ui-inputwrapper"><input id="formDatos:j_id44" type="tel" /></span></div>
        <div class="fila"><label for="formDatos:j_id46">Teléfono convencional:</label><input id="formDatos:j_id46" type="tel" /></div>
        <label><input type="radio" name="img" value="1" /> Casa</label>
      </form>`;
    const page = detectPage(URLS['generar-clave.html']!, headingText(document));
    expect(detectFields(document, page).map((f) => [f.input.id, f.kind])).toEqual([
      ['formDatos:j_id40', 'email'],
      ['formDatos:j_id42', 'email-confirm'],
      ['formDatos:j_id44', 'phone'],
      ['formDatos:j_id46', 'phone'],
    ]);
  });

  it('unlock: a wrapping-less label in the previous cell', () => {
    expect(detect('desbloquear.html')).toEqual({ page: 'unlock', fields: { 'formDesbloqueo:j_id8': 'cedula' } });
  });

  it('update data: aria-labelledby, placeholder, aria-label, title; disabled and emailed code left alone', () => {
    expect(detect('actualizar-datos.html')).toEqual({
      page: 'update-data',
      fields: {
        'j_idt12:j_idt15': 'email',
        'j_idt12:j_idt17': 'email-confirm',
        'j_idt12:j_idt19': 'phone',
        'j_idt12:j_idt21': 'dactilar',
      },
    });
  });

  it('change clave: the current clave is not judged', () => {
    expect(detect('cambiar-clave.html')).toEqual({
      page: 'change-clave',
      fields: { 'frmCambio:nueva': 'password', 'frmCambio:confirma': 'password-confirm' },
    });
  });

  it('employer login (j_username / j_password): no new-clave hint', () => {
    expect(detect('empleador-login.html')).toEqual({ page: 'employer', fields: {} });
  });

  it('employer registration: RUC, representative cédula, email, phone from tokens', () => {
    expect(detect('empleador-registro.html')).toEqual({
      page: 'employer',
      fields: {
        'frmRegistro:j_id31': 'ruc',
        'frmRegistro:j_id36': 'cedula',
        'frmRegistro:j_id40': 'email',
        'frmRegistro:txtTelefono': 'phone',
      },
    });
  });

  it('BIESS login: the cédula only (login clave skipped, no guessing from tokens)', () => {
    expect(detect('biess.html')).toEqual({ page: 'biess', fields: { 'frmLogin:cedula': 'cedula' } });
  });

  it('a lone clave next to "Ingresar" is a login clave; hidden, disabled and non-text inputs are skipped', () => {
    document.body.innerHTML = `
      <form><label>Cédula <input id="u" /></label><label>Clave <input id="p" type="password" /></label><button>Ingresar</button></form>
      <div style="display:none"><label>Correo <input id="hidden-parent" /></label></div>
      <label>Correo <input id="hidden-attr" hidden /></label>
      <label>Correo <input id="dis" disabled /></label>
      <label>Correo <input id="chk" type="checkbox" /></label>
      <label>Correo <input id="date" type="date" /></label>
      <label>Correo <input id="ok" type="search" /></label>`;
    const found = detectFields(document, { tokens: true }).map((f) => [f.input.id, f.kind]);
    expect(found).toEqual([
      ['u', 'cedula'],
      ['ok', 'email'],
    ]);
  });

  it('an unknown page: a plain clave counts only next to its confirmation; no tokens', () => {
    document.body.innerHTML = `<input id="txtCedula" /><label>Clave <input id="a" type="password" /></label>`;
    expect(detectFields(document, { tokens: false })).toEqual([]);
    document.body.innerHTML = `<label>Clave <input id="a" type="password" /></label><label>Repita la clave <input id="b" type="password" /></label>`;
    expect(detectFields(document, { tokens: false }).map((f) => f.kind)).toEqual(['password', 'password-confirm']);
  });
});
