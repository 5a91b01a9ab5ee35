/**
 * The page report builder (utils/page/page-report.ts) on the portal fixtures: every fixture at its
 * address is recognised; the same page with its cédula label changed is not, and the report says
 * what is missing; the report never reads a value; its texts keep known words only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPageReport, isUnrecognised } from '../../../utils/page/page-report';
import { safePath, safeText } from '../../../utils/page/report-safe';
import { reportText } from '../../../utils/page/report-text';
import { CONTENT_ROUTES, URLS } from '../../e2e/content-helpers';
import { loadFixture } from './helpers';

const FIXTURES = Object.entries(CONTENT_ROUTES).map(([url, r]) => [r.file!.replace(/^portal\//, ''), url] as const);

/** A fixture as the portal might change it: the words next to the cédula field replaced. */
function loadChanged(file: string, from: string, to: string) {
  loadFixture(file);
  const label = Array.from(document.querySelectorAll('td,span,label')).find((e) => e.textContent?.trim() === from);
  expect(label, `"${from}" in ${file}`).toBeTruthy();
  label!.textContent = to;
}

describe('page report on the portal fixtures', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each(FIXTURES)('%s: recognised at its address', (file, url) => {
    loadFixture(file);
    const r = buildPageReport(document, url, '0.1.0');
    expect(r.unknown).toBe(false);
    expect(r.fields.filter((f) => f.detector === 'none')).toEqual(
      // Only the BIESS page (no needs: never a procedure page by URL) may show an unexplained input.
      r.needs.length ? [] : expect.any(Array),
    );
  });

  it('generate, first screen, label changed: not recognised, cédula needed, the input explained by nothing', () => {
    loadChanged('generar-cedula.html', 'Cédula o código:', 'Documento del solicitante:');
    const r = buildPageReport(document, URLS.generate, '0.1.0');
    expect(r).toMatchObject({
      v: 1,
      extension: '0.1.0',
      page: new URL(URLS.generate).host + new URL(URLS.generate).pathname,
      title: 'IESS - Generar / Recuperar clave',
      kind: 'generate',
      unknown: true,
      captcha: true,
      hints: 0,
      frames: 0,
      controls: { text: 1, hidden: 1, submit: 1 },
      fields: [{ type: 'text', detector: 'none', by: '-', label: 'Documento del …' }],
    });
    expect(r.needs).toContainEqual(['cedula']);
  });

  it('unlock, label changed: not recognised', () => {
    loadChanged('desbloquear.html', 'Cédula:', 'Identificador:');
    expect(buildPageReport(document, URLS.unlock, '0.1.0').unknown).toBe(true);
  });

  it('the same changed page elsewhere than a procedure address is no alarm (BIESS, other official pages)', () => {
    loadChanged('generar-cedula.html', 'Cédula o código:', 'Documento del solicitante:');
    expect(buildPageReport(document, URLS.biess, '0.1.0').unknown).toBe(false);
    expect(buildPageReport(document, new URL('/noticias/', URLS.generate).href, '0.1.0').unknown).toBe(false);
  });

  it('counts the hint hosts the content script placed', () => {
    loadFixture('generar-cedula.html');
    const host = document.createElement('asistente-clave-hint');
    host.setAttribute('data-asistente-field', 'cedula');
    document.body.append(host);
    expect(buildPageReport(document, URLS.generate, '0.1.0').hints).toBe(1);
  });

  it('never reads an input value', () => {
    loadFixture('actualizar-datos.html');
    const get = vi.fn();
    const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    vi.spyOn(HTMLInputElement.prototype, 'value', 'get').mockImplementation(function (this: HTMLInputElement) {
      get();
      return desc.get!.call(this) as string;
    });
    buildPageReport(document, URLS.update, '0.1.0');
    expect(get).not.toHaveBeenCalled();
  });

  it('an odd input type is only "other"', () => {
    document.body.innerHTML = '<form><label>Documento <input type="x1714307103"></label><input type="Ana@x"></form>';
    expect(buildPageReport(document, URLS.generate, '0.1.0').controls).toEqual({ other: 2 });
  });

  it('a bad version is left out', () => {
    loadFixture('generar-cedula.html');
    expect(buildPageReport(document, URLS.generate, 'x 1714307103').extension).toBe('');
  });
});

describe('isUnrecognised', () => {
  it('needs a procedure kind, a shown input, no complete screen and an unexplained input', () => {
    expect(isUnrecognised('generate', [])).toBe(false);
    expect(isUnrecognised('generate', [{ detector: 'none' }])).toBe(true);
    expect(isUnrecognised('generate', [{ detector: 'cedula' }, { detector: 'none' }])).toBe(false);
    expect(isUnrecognised('generate', [{ detector: 'skip' }, { detector: 'skip' }])).toBe(false);
    expect(isUnrecognised('generate', [{ detector: 'password' }, { detector: 'none' }])).toBe(true);
    expect(isUnrecognised('change-clave', [{ detector: 'password' }, { detector: 'password-confirm' }, { detector: 'none' }])).toBe(false);
    expect(isUnrecognised('biess', [{ detector: 'none' }])).toBe(false);
    expect(isUnrecognised('other', [{ detector: 'none' }])).toBe(false);
  });
});

describe('safe texts', () => {
  it.each([
    ['Cédula o código:', 'Cédula o código:'],
    ['Correo electrónico personal', 'Correo electrónico personal'],
    ['Bienvenido JUAN CARLOS PEREZ', '…'],
    ['Nombre: María de la Cruz Quishpe', 'Nombre: … de la …'],
    ['¿Cuál es su celular?', '… es su celular?'],
  ])('%s → %s', (text, shown) => {
    expect(safeText(text)).toBe(shown);
  });

  it.each(['Cédula 1714307103', 'Celular 099 123', 'ana@example.com', 'Correo: a@b', 'Clave <b>', 'x'.repeat(201)])('drops %s', (text) => {
    expect(safeText(text)).toBeUndefined();
  });

  it('caps the length', () => {
    const long = Array.from({ length: 20 }, () => 'correo').join(' ');
    expect(safeText(long)!.length).toBeLessThanOrEqual(60);
    expect(safeText(long)!.endsWith('…')).toBe(true);
  });

  it('keeps host and plain path words, nothing else of the address', () => {
    const { host, pathname } = new URL(URLS.altcha);
    expect(safePath(`${URLS.altcha};jsessionid=ABC123?cedula=1714307103#x`)).toBe(`${host}${pathname}`);
    expect(safePath(`https://${host}/activar/8f3a9c1d2e/confirmar`)).toBe(`${host}/activar/…/confirmar`);
    expect(safePath(`https://user:pw@${host}/x`)).toBe(`${host}/x`);
    expect(safePath('not a url')).toBe('');
  });
});

describe('report text', () => {
  it('one fact per line, the fields numbered', () => {
    loadChanged('generar-cedula.html', 'Cédula o código:', 'Documento del solicitante:');
    const text = reportText(buildPageReport(document, URLS.generate, '0.1.0'));
    expect(text.split('\n')).toEqual([
      'Asistente Clave IESS — page report v1',
      'recognised: NO',
      'kind by URL: generate',
      'needs one of: cedula | email | phone | password + password-confirm',
      `page: ${new URL(URLS.generate).host}${new URL(URLS.generate).pathname}`,
      'title: IESS - Generar / Recuperar clave',
      'extension: 0.1.0',
      'controls: hidden 1, submit 1, text 1',
      'hints on page: 0; frames: 0; captcha: yes',
      'shown text inputs: 1',
      '  1. text: none (-) "Documento del …"',
    ]);
  });
});
