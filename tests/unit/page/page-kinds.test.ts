import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../utils/page/page-kinds';

describe('detectPage', () => {
  it.each([
    ['https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/', '', 'generate'],
    ['https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/pages/principal.jsf', '', 'generate'],
    ['https://app.iess.gob.ec/iess-gestion-desbloqueo-clave-web/public/desbloquearClave.jsf', '', 'unlock'],
    ['https://app.iess.gob.ec/gestion-afiliado-web/app/index', '', 'update-data'],
    ['https://www.iess.gob.ec/empleador-web/pages/principal.jsf', '', 'employer'],
    ['https://app.iess.gob.ec/iess-cambio-clave/cambioClave.jsf', '', 'change-clave'],
    ['https://app.iess.gob.ec/otra-app/index.jsf', 'Cambio de clave', 'change-clave'],
    ['https://www.biess.fin.ec/prestamos', 'Cambiar clave', 'biess'],
    ['https://pq.biess.fin.ec/', '', 'biess'],
    ['https://www.iess.gob.ec/', 'Bienvenidos', 'other'],
    ['https://www.iess.gob.ec/', 'Generar / Recuperar clave', 'generate'],
    ['chrome-extension://abc/practice.html', 'Desbloqueo de clave', 'unlock'],
    ['not a url', '', 'other'],
  ])('%s (%s) → %s', (url, headings, kind) => {
    expect(detectPage(url, headings).kind).toBe(kind);
  });

  it('lets only known pages recognise fields by name/id tokens', () => {
    expect(detectPage('https://app.iess.gob.ec/gestion-afiliado-web/app/index', '').tokens).toBe(true);
    expect(detectPage('https://www.iess.gob.ec/x', '').tokens).toBe(false);
    expect(detectPage('https://www.biess.fin.ec/x', '').tokens).toBe(false);
  });
});
