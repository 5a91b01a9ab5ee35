// The detector on the PrimeFaces 8 fixtures (tests/fixtures/primefaces/), each screen as the
// server renders it, partial-update fragments included. The widget scripts do not run here (the
// browser tests in tests/e2e/primefaces.e2e.ts run the real client): this is the markup alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../../utils/page/detect';
import { detectPage } from '../../../utils/page/page-kinds';
import { headingText } from '../../../utils/page/read-page';
import { PF_URLS } from '../../e2e/pf-server';
import { loadFixture } from './helpers';

const PF = '../primefaces/';

/** Loads a page, then puts each fragment in place of the element with its id (as core.ajax does). */
function load(file: string, fragments: string[] = []) {
  loadFixture(PF + file);
  for (const fragment of fragments) {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/primefaces', fragment), 'utf8').replace(/<script[\s\S]*?<\/script>/gi, '');
    const id = /id="([^"]+)"/.exec(html)![1]!;
    const t = document.createElement('template');
    t.innerHTML = html;
    document.getElementById(id)!.replaceWith(t.content);
  }
}

function detect(url: string) {
  const page = detectPage(url, headingText(document));
  return { page: page.kind, fields: detectFields(document, page).map((f) => [f.input.id, f.kind]) };
}

describe('field detector on the PrimeFaces pages', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('generate/recover: the cédula; no validation question; the data bank', () => {
    load('generar.html');
    expect(detect(PF_URLS.generate)).toEqual({ page: 'generate', fields: [['formGenerar:cedula', 'cedula']] });
    load('generar.html', ['generar-preguntas.part.html']);
    // The SelectOneMenu's hidden-accessible text input (…_focus) is labelled by the question.
    expect(document.getElementById('formGenerar:preguntaRuc_focus')).not.toBeNull();
    expect(detect(PF_URLS.generate).fields).toEqual([]);
    load('generar.html', ['generar-datos.part.html']);
    expect(detect(PF_URLS.generate).fields).toEqual([
      ['formGenerar:correo', 'email'],
      ['formGenerar:correoConfirmacion', 'email-confirm'],
      ['formGenerar:celular', 'phone'],
      ['formGenerar:convencional', 'phone'],
    ]);
  });

  it('the new clave (Keyboard inputs in password mode); the terms dialog has no field', () => {
    load('generar-clave.html');
    expect(detect(PF_URLS.clave)).toEqual({
      page: 'generate',
      fields: [
        ['formClave:nuevaClave', 'password'],
        ['formClave:confirmarClave', 'password-confirm'],
      ],
    });
    load('generar-clave.html', ['generar-clave-creada.part.html']);
    expect(detect(PF_URLS.clave).fields).toEqual([]);
  });

  it('unlock, before and after its re-render', () => {
    load('desbloquear.html');
    expect(detect(PF_URLS.unlock)).toEqual({ page: 'unlock', fields: [['formDesbloqueo:cedula', 'cedula']] });
    load('desbloquear.html', ['desbloquear-panel.part.html']);
    expect(detect(PF_URLS.unlock).fields).toEqual([['formDesbloqueo:cedula', 'cedula']]);
  });

  it('data update: the disabled cédula, birth date and address are not judged, nor the emailed code', () => {
    const fields = [
      ['j_idt12:correo', 'email'],
      ['j_idt12:correoConfirmacion', 'email-confirm'],
      ['j_idt12:celular', 'phone'],
      ['j_idt12:convencional', 'phone'],
      ['j_idt12:dactilar', 'dactilar'],
    ];
    load('actualizar-datos.html');
    expect(detect(PF_URLS.update)).toEqual({ page: 'update-data', fields });
    load('actualizar-datos.html', ['actualizar-dialogo.part.html']);
    expect(document.getElementById('j_idt30:codigo')).not.toBeNull();
    expect(detect(PF_URLS.update).fields).toEqual(fields);
  });

  it('change clave: the current clave is not judged', () => {
    load('cambiar-clave.html');
    expect(detect(PF_URLS.change)).toEqual({
      page: 'change-clave',
      fields: [
        ['frmCambio:nueva', 'password'],
        ['frmCambio:confirma', 'password-confirm'],
      ],
    });
  });
});
