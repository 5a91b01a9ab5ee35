import { describe, expect, it } from 'vitest';
import { FLOWS, FlowsSchema, PROFILE_IDS, emailStep, getProfile, inferProfile } from '../../../utils/flows';
import { provingSignals } from '../../../utils/flows/proving';
import { OFFICIAL_LINK } from '../../../utils/portal/hosts';
import { POPUP_DICTS, isPopupKey } from '../../../utils/i18n/popup';
import { CLAVE_RULE } from '../../../utils/i18n/clave-rule';
import { PAGE_KINDS, SIGNALS } from '../../../utils/messaging';
import { classifySite } from '../../../utils/site-check';

/** Text keys of the table that the popup dictionary does not have (the schema checks only their shape). */
function unknownTextKeys(profiles: readonly { name: string; desc: string; expiredKey: string; steps: readonly { title: string; tip: string; fail?: string }[] }[]): string[] {
  const keys = profiles.flatMap((p) => [p.name, p.desc, p.expiredKey, ...p.steps.flatMap((s) => [s.title, s.tip, s.fail ?? p.name])]);
  return keys.filter((k) => !isPopupKey(k));
}

describe('flows table', () => {
  it('validates against its zod schema', () => {
    const parsed = FlowsSchema.safeParse(FLOWS);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('has every profile once, in order', () => {
    expect(FLOWS.map((p) => p.id)).toEqual([...PROFILE_IDS]);
  });

  it('rejects a broken table', () => {
    const broken = structuredClone(FLOWS) as unknown as { steps: { id: string; title: string }[] }[];
    broken[0]!.steps[0]!.title = 'no.such.key';
    expect(FlowsSchema.safeParse(broken).success).toBe(true);
    expect(unknownTextKeys(broken as unknown as typeof FLOWS)).toEqual(['no.such.key']);
    broken[0]!.steps[0]!.title = 'not a key';
    expect(FlowsSchema.safeParse(broken).success).toBe(false);
    const dup = structuredClone(FLOWS) as unknown as { steps: { id: string }[] }[];
    dup[0]!.steps[1]!.id = dup[0]!.steps[0]!.id;
    expect(FlowsSchema.safeParse(dup).success).toBe(false);
    const badLink = structuredClone(FLOWS) as unknown as { steps: { link?: string }[] }[];
    badLink[0]!.steps[0]!.link = 'https://iess.net.ec/';
    expect(FlowsSchema.safeParse(badLink).success).toBe(false);
  });

  it('uses only text keys of the popup dictionary', () => {
    expect(unknownTextKeys(FLOWS)).toEqual([]);
  });

  it('has Spanish and English text for every step', () => {
    for (const p of FLOWS) {
      for (const s of p.steps) {
        for (const key of [s.title, s.tip, s.fail].filter(Boolean) as (keyof typeof POPUP_DICTS.es)[]) {
          expect(POPUP_DICTS.es[key], key).toBeTruthy();
          expect(POPUP_DICTS.en[key], key).toBeTruthy();
        }
      }
    }
  });

  it('links only official pages', () => {
    for (const s of FLOWS.flatMap((p) => p.steps)) {
      if (!s.link) continue;
      expect(s.link).toMatch(OFFICIAL_LINK);
      expect(classifySite(s.link).verdict).toBe('official');
    }
  });

  it('lists only known signals and page kinds', () => {
    for (const p of FLOWS) {
      for (const k of p.pages) expect(PAGE_KINDS).toContain(k);
      for (const s of p.steps) for (const sig of s.signals ?? []) expect(SIGNALS).toContain(sig);
    }
  });

  it('follows the portal for the recovery flow', () => {
    const steps = getProfile('afiliado').steps;
    expect(steps.map((s) => s.id)).toEqual([
      'afiliado.open',
      'afiliado.cedula',
      'afiliado.robot',
      'afiliado.questions',
      'afiliado.email',
      'afiliado.inbox',
      'afiliado.clave',
      'afiliado.test',
    ]);
    expect(steps[0]!.link).toBe('https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/');
    expect(POPUP_DICTS.es[steps[6]!.title]).toBe('Cree su clave');
    // The rule is said in one wording only: the one the rules engine and the hints use.
    expect(POPUP_DICTS.es[steps[6]!.fail!]).toContain(CLAVE_RULE.es);
    expect(POPUP_DICTS.en[steps[6]!.fail!]).toContain(CLAVE_RULE.en);
    // Every step has a tip; most have "what if this fails".
    expect(steps.every((s) => s.tip)).toBe(true);
    expect(steps.filter((s) => s.fail).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the link validity as data: ~15 min for a new clave, 3 min for an unlock', () => {
    expect(emailStep(getProfile('afiliado'))?.email?.linkMinutes).toBe(15);
    expect(emailStep(getProfile('unlock'))?.email?.linkMinutes).toBe(3);
    expect(emailStep(getProfile('update'))?.email?.linkMinutes).toBeUndefined();
    expect(emailStep(getProfile('biess'))).toBeUndefined();
  });

  it('is honest about the employer flow: an office visit with RUC and the legal representative cédula', () => {
    const texts = getProfile('empleador').steps.map((s) => POPUP_DICTS.es[s.tip]).join(' ');
    expect(texts).toMatch(/RUC/);
    expect(texts).toMatch(/cédula del representante legal/);
    expect(getProfile('empleador').steps.some((s) => s.id === 'empleador.office')).toBe(true);
  });

  it('ticks a step by its own signals and those of later steps, back to a hand-only step', () => {
    expect(
      provingSignals([
        { ownSignals: ['portal-opened'] },
        { ownSignals: ['id-valid'] },
        { handOnly: true },
        {},
        { ownSignals: ['email-sent', 'id-valid'] },
        { ownSignals: ['unlocked'] },
        {},
      ]),
    ).toEqual([
      ['portal-opened', 'id-valid'],
      ['id-valid'],
      undefined,
      ['email-sent', 'id-valid', 'unlocked'],
      ['email-sent', 'id-valid', 'unlocked'],
      ['unlocked'],
      undefined,
    ]);
  });

  it('fills each step of the table with its proving signals', () => {
    const ticks = (signal: string) => FLOWS.flatMap((p) => p.steps.filter((s) => s.signals?.includes(signal as never)).map((s) => s.id));
    expect(ticks('email-sent')).toEqual([
      'afiliado.open',
      'afiliado.cedula',
      'afiliado.robot',
      'afiliado.questions',
      'afiliado.email',
      'unlock.open',
      'unlock.cedula',
      'unlock.email',
      'update.open',
      'update.login',
      'update.data',
      'update.code',
    ]);
    // An office visit is not seen by the portal: the employer's clave does not tick the steps before it.
    expect(ticks('clave-created').filter((id) => id.startsWith('empleador.'))).toEqual(['empleador.test']);
    expect(ticks('unlocked')).toEqual(['unlock.open', 'unlock.cedula', 'unlock.email', 'unlock.link']);
    for (const p of FLOWS) {
      const derived = provingSignals(p.steps);
      p.steps.forEach((s, i) => expect(s.signals, s.id).toEqual(derived[i]));
      for (const s of p.steps.filter((x) => x.handOnly)) expect(s.signals, s.id).toBeUndefined();
    }
  });

  it.each([
    ['generate', 'afiliado'],
    ['change-clave', 'afiliado'],
    ['unlock', 'unlock'],
    ['update-data', 'update'],
    ['employer', 'empleador'],
    ['biess', 'biess'],
    ['other', undefined],
  ] as const)('infers the profile from page kind %s → %s', (page, profile) => {
    expect(inferProfile(page)).toBe(profile);
  });
});
