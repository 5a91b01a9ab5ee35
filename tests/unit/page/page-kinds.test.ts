import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../../utils/messaging';
import {
  detectPage,
  isBiessPage,
  isChangeClavePage,
  isEmployerPage,
  isGeneratePage,
  isUnlockPage,
  isUpdateDataPage,
} from '../../../utils/page/page-kinds';
import { PORTAL_URLS } from '../../../utils/portal/pages';

const O = {
  app: new URL(PORTAL_URLS.generate).origin,
  www: new URL(PORTAL_URLS.iess).origin,
  biess: new URL(PORTAL_URLS.biess).origin,
};

const CHANGE = `${O.app}/iess-cambio-clave/cambioClave.jsf`;

describe('detectPage', () => {
  it.each([
    [PORTAL_URLS.generate, '', 'generate'],
    [`${PORTAL_URLS.generate}pages/principal.jsf`, '', 'generate'],
    [PORTAL_URLS.unlock, '', 'unlock'],
    [PORTAL_URLS.updateData, '', 'update-data'],
    [PORTAL_URLS.employer, '', 'employer'],
    [CHANGE, '', 'change-clave'],
    [`${O.app}/otra-app/index.jsf`, 'Cambio de clave', 'change-clave'],
    [`${O.biess}/prestamos`, 'Cambiar clave', 'biess'],
    [PORTAL_URLS.biess.replace('//www.', '//pq.'), '', 'biess'],
    [PORTAL_URLS.iess, 'Bienvenidos', 'other'],
    [PORTAL_URLS.iess, 'Generar / Recuperar clave', 'generate'],
    // The application path on a look-alike host is not the official page.
    [PORTAL_URLS.unlock.replace(O.app, 'https://app.iess.net.ec'), '', 'other'],
    ['chrome-extension://abc/practice.html', 'Desbloqueo de clave', 'unlock'],
    ['not a url', '', 'other'],
  ])('%s (%s) → %s', (url, headings, kind) => {
    expect(detectPage(url, headings).kind).toBe(kind);
  });

  it('lets only known pages recognise fields by name/id tokens', () => {
    expect(detectPage(PORTAL_URLS.updateData, '').tokens).toBe(true);
    expect(detectPage(`${O.www}/x`, '').tokens).toBe(false);
    expect(detectPage(`${O.biess}/x`, '').tokens).toBe(false);
  });
});

describe('named page predicates', () => {
  const PREDICATES: [PageKind, (url: string, headings?: string) => boolean][] = [
    ['generate', isGeneratePage],
    ['unlock', isUnlockPage],
    ['update-data', isUpdateDataPage],
    ['change-clave', isChangeClavePage],
    ['employer', isEmployerPage],
    ['biess', isBiessPage],
  ];
  const PAGES: [string, PageKind][] = [
    [PORTAL_URLS.generate, 'generate'],
    [PORTAL_URLS.unlock, 'unlock'],
    [PORTAL_URLS.updateData, 'update-data'],
    [CHANGE, 'change-clave'],
    [PORTAL_URLS.employer, 'employer'],
    [PORTAL_URLS.biess, 'biess'],
    [PORTAL_URLS.iess, 'other'],
  ];

  it.each(PAGES)('%s is recognised by its predicate only (%s)', (url, kind) => {
    for (const [k, is] of PREDICATES) expect(is(url)).toBe(k === kind);
  });

  it('keep the first-match order: an application path wins over the headings', () => {
    expect(isUnlockPage(PORTAL_URLS.unlock, 'Generar / Recuperar clave')).toBe(true);
    expect(isGeneratePage(PORTAL_URLS.unlock, 'Generar / Recuperar clave')).toBe(false);
    expect(isGeneratePage(PORTAL_URLS.iess, 'Generar / Recuperar clave')).toBe(true);
    expect(isChangeClavePage(`${O.app}/otra-app/index.jsf`, 'Cambio de clave')).toBe(true);
  });
});
