/**
 * The outcomes table (utils/portal/messages.ts, issue 16 §2): every outcome once, each with its
 * source, its "what to do next" in Spanish and English (reusing the step's "Si esto falla" where
 * one exists), each matched by its own phrases, unknown messages matched by none.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PAGE_KINDS, PORTAL_OUTCOMES } from '../../../utils/messaging';
import { MESSAGE_SELECTORS, PORTAL_MESSAGES, SUBMIT_SIGNALS } from '../../../utils/portal/messages';
import { TEXT_SIGNALS } from '../../../utils/portal/phrases';
import { PortalMessageSchema } from '../../../utils/portal/schemas';
import { OUTCOME_DICTS, outcomeWords } from '../../../utils/i18n/outcomes';
import { POPUP_DICTS } from '../../../utils/i18n/popup';
import { FLOWS } from '../../../utils/flows/table';
import { matchOutcomes, nextKey } from '../../../utils/page/outcomes';
import { norm } from '../../../utils/page/normalize-text';

describe('the outcomes table', () => {
  it('is valid data with every outcome exactly once', () => {
    expect(() => z.array(PortalMessageSchema).parse(PORTAL_MESSAGES)).not.toThrow();
    expect(PORTAL_MESSAGES.map((m) => m.outcome).sort()).toEqual([...PORTAL_OUTCOMES].sort());
  });

  it('says where each wording comes from; a public one names its source', () => {
    for (const m of PORTAL_MESSAGES) {
      expect(['general', 'public']).toContain(m.source);
      if (m.source === 'public') expect(m.cite?.length, m.outcome).toBeGreaterThan(10);
    }
    expect(PORTAL_MESSAGES.find((m) => m.outcome === 'firewall')?.any).toEqual(expect.arrayContaining(['request unsuccessful', 'incident id']));
  });

  it('has what to do next in Spanish and English for every outcome on every page kind', () => {
    for (const m of PORTAL_MESSAGES) {
      for (const page of PAGE_KINDS) {
        const key = nextKey(m, page);
        for (const lang of ['es', 'en'] as const) expect(outcomeWords(lang, key), `${m.outcome} ${page} ${lang}`).not.toBe('');
        expect(outcomeWords('es', key)).not.toBe(outcomeWords('en', key));
      }
      for (const lang of ['es', 'en'] as const) expect(OUTCOME_DICTS[lang][`outcome.said.${m.outcome}`]).toBeTruthy();
    }
  });

  it('reuses the flows table\'s "Si esto falla" wording instead of writing it twice', () => {
    const failKeys = new Set(FLOWS.flatMap((p) => p.steps.map((s) => s.fail)).filter(Boolean));
    const used = PORTAL_MESSAGES.flatMap((m) => [m.next, ...Object.values(m.nextFor ?? {})]);
    expect(used.filter((k) => failKeys.has(k as never)).length).toBeGreaterThanOrEqual(5);
    // No own text repeats a popup text word for word.
    const popupTexts = new Set(Object.values(POPUP_DICTS.es));
    for (const text of Object.values(OUTCOME_DICTS.es)) expect(popupTexts.has(text), text).toBe(false);
  });

  it('matches each outcome by each of its phrases, inside a message area; step outcomes also outside', () => {
    for (const m of PORTAL_MESSAGES) {
      for (const phrase of m.any) {
        const text = norm(`Aviso: ${phrase}.`);
        expect(matchOutcomes(text, true).map((x) => x.outcome), phrase).toContain(m.outcome);
        expect(matchOutcomes(text, false).map((x) => x.outcome).includes(m.outcome), phrase).toBe(m.where === 'page');
      }
    }
  });

  it('matches the portal\'s messages as a person would see them (accents, case, punctuation)', () => {
    const cases: [string, string][] = [
      ['Los datos ingresados no coinciden con nuestros registros.', 'data-mismatch'],
      ['La respuesta es incorrecta. Responda las nuevas preguntas.', 'wrong-answer'],
      ['Por favor verifique el CAPTCHA.', 'captcha-failed'],
      ['El enlace ha expirado. Solicite uno nuevo.', 'link-expired'],
      ['Su clave está bloqueada por demasiados intentos fallidos.', 'blocked'],
      ['Se ha enviado un correo electrónico a la dirección registrada.', 'email-sent'],
      ['Su clave ha sido generada con éxito.', 'clave-created'],
      ['Su clave ha sido desbloqueada.', 'unlocked'],
      ['Servicio no disponible. Inténtelo más tarde.', 'service-unavailable'],
      ['Request unsuccessful. Incapsula incident ID: 1234-5678', 'firewall'],
    ];
    for (const [said, outcome] of cases) expect(matchOutcomes(norm(said), true).map((m) => m.outcome), said).toContain(outcome);
  });

  it('leaves unknown messages alone', () => {
    for (const said of [
      'Bienvenido al sistema de Generación de Clave',
      'Campo obligatorio',
      'Ingrese su número de cédula',
      'Guarde sus cambios',
      'Su clave fue desbloqueada ayer? Lea las preguntas frecuentes'.replace('desbloqueada', 'usada'),
      'Horario de atención: lunes a viernes',
    ]) {
      expect(matchOutcomes(norm(said), true), said).toEqual([]);
    }
  });

  it('feeds the step phrases; only step outcomes send a signal, and those need a submit', () => {
    for (const m of PORTAL_MESSAGES.filter((x) => x.signal)) {
      expect(TEXT_SIGNALS).toContainEqual(expect.objectContaining({ signal: m.signal, any: m.any }));
      expect(SUBMIT_SIGNALS).toContain(m.signal);
      expect(m.where).toBe('page');
    }
    expect(SUBMIT_SIGNALS).toEqual(expect.arrayContaining(['email-sent', 'clave-created']));
  });

  it('message areas are valid selectors (PrimeFaces Messages and Growl, JSF spans, alerts)', () => {
    expect(() => document.querySelectorAll(MESSAGE_SELECTORS)).not.toThrow();
    document.body.innerHTML =
      '<div class="ui-messages"><div class="ui-messages-error"></div></div><div class="ui-growl"></div><span class="textoError"></span><div role="alert"></div><p class="normal"></p>';
    expect(document.querySelectorAll(MESSAGE_SELECTORS)).toHaveLength(5);
  });
});
