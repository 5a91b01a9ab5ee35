/**
 * The outcome reader (utils/page/outcomes.ts) on portal-like markup: PrimeFaces Messages and
 * Growl, a JSF 1.x error span, an alert, a firewall page. happy-dom has no layout, so "readable"
 * is passed in (not inside [data-unseen]); the real readability is proven in real browsers by
 * tests/e2e/hostile-steps.e2e.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalOutcome, Signal } from '../../../utils/messaging';
import { readOutcomes, startOutcomes } from '../../../utils/page/outcomes';
import { outcomeWords } from '../../../utils/i18n/outcomes';
import { mountOutcome, OUTCOME_TAG } from '../../../components/hint/outcome';

const readable = (t: Text) => !t.parentElement?.closest('[data-unseen]');
const outcomes = () => readOutcomes(document, readable).found.map((f) => f.m.outcome);
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('outcome reader', () => {
  let ctrl: AbortController | undefined;
  afterEach(() => {
    ctrl?.abort();
    document.body.innerHTML = '';
    document.title = '';
  });

  it('PrimeFaces Messages: data not matching the records, anchored on the messages area', () => {
    document.body.innerHTML = `<form><div id="f:msgs" class="ui-messages ui-widget"><div class="ui-messages-error ui-corner-all">
      <span class="ui-messages-error-icon"></span><ul><li><span class="ui-messages-error-summary">Los datos ingresados no coinciden con nuestros registros</span></li></ul></div></div></form>`;
    const { found } = readOutcomes(document, readable);
    expect(found.map((f) => f.m.outcome)).toEqual(['data-mismatch']);
    expect(found[0]!.anchor.id).toBe('f:msgs');
  });

  it('a link-expired message inside a form with a title: one advice, on the messages area (not again on the form)', () => {
    document.body.innerHTML = `<form id="f"><span class="titulo">Generar / Recuperar clave</span><div id="f:msgs" class="ui-messages ui-widget">
      <div class="ui-messages-error"><ul><li role="alert"><span class="ui-messages-error-summary">El enlace ha expirado. Vuelva a solicitar su clave.</span></li></ul></div></div></form>`;
    const { found } = readOutcomes(document, readable);
    expect(found.map((f) => [f.m.outcome, f.anchor.id])).toEqual([['link-expired', 'f:msgs']]);
  });

  it('Growl, a JSF 1.x error span and an alert', () => {
    document.body.innerHTML = `<div class="ui-growl"><div class="ui-growl-item-container"><div class="ui-growl-item"><span class="ui-growl-title">Error</span><p>Captcha incorrecto</p></div></div></div>
      <span class="textoError">La clave ha sido bloqueada por exceder el número máximo de intentos</span>
      <div role="alert">Servicio no disponible temporalmente, intente más tarde</div>`;
    expect(outcomes().sort()).toEqual(['blocked', 'captcha-failed', 'service-unavailable']);
  });

  it('a failure outside any message area is left alone; a step outcome counts anywhere visible', () => {
    document.body.innerHTML = '<p>Si sus datos no coinciden, acuda a una oficina.</p><p>Su clave ha sido <b>generada</b>.</p>';
    expect(outcomes()).toEqual(['clave-created']);
    expect(readOutcomes(document, readable).signals).toEqual(['clave-created']);
  });

  it('the web firewall page', () => {
    document.title = 'Request Rejected';
    document.body.innerHTML = '<iframe></iframe><div>Request unsuccessful. Incapsula incident ID: 877000120-1234</div>';
    expect(outcomes()).toEqual(['firewall']);
  });

  it('unknown messages and unreadable text are left alone', () => {
    document.body.innerHTML = `<div class="ui-messages"><span>Campo obligatorio</span></div>
      <div class="ui-messages" data-unseen><span>Los datos no coinciden</span></div>
      <p data-unseen>Se ha enviado un correo</p><p>Su clave <span data-unseen>ha sido generada</span></p>`;
    expect(readOutcomes(document, readable)).toEqual({ signals: [], found: [] });
  });

  it('questions need a visible control', () => {
    document.body.innerHTML = '<p>Fecha de nacimiento</p>';
    expect(readOutcomes(document, readable).signals).toEqual([]);
  });

  it('shows what to do next beside the message once, tells the outcome once, removes it on abort', async () => {
    ctrl = new AbortController();
    const emitted: Signal[] = [];
    const told: PortalOutcome[] = [];
    document.body.innerHTML = '<div class="ui-messages" id="m"><span>Captcha inválido</span></div>';
    startOutcomes({
      doc: document,
      win: window,
      signal: ctrl.signal,
      lang: 'es',
      page: () => 'generate',
      emit: (s) => emitted.push(s),
      tell: (o) => told.push(o),
      view: mountOutcome,
      words: outcomeWords,
      readable,
    });
    const host = document.getElementById('m')!.nextElementSibling!;
    expect(host.localName).toBe(OUTCOME_TAG);
    expect(host.getAttribute('data-asistente-outcome')).toBe('captcha-failed');
    expect(host.shadowRoot).toBeNull(); // closed
    expect(host.textContent).toBe('');
    document.body.append(document.createElement('p'));
    await tick(400);
    expect(document.querySelectorAll(OUTCOME_TAG)).toHaveLength(1);
    expect(told).toEqual(['captcha-failed']);
    expect(emitted).toEqual([]);
    ctrl.abort();
    expect(document.querySelectorAll(OUTCOME_TAG)).toHaveLength(0);
  });
});
