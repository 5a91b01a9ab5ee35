import { describe, expect, it } from 'vitest';
import { practiceMessages, type PracticeKey } from '../../../utils/i18n/practice';
import { cryptoRandom, fakeCedula, fakePerson } from '../../../utils/practice/fake-data';
import { SCENARIOS, SCENARIO_IDS, firstStepOf } from '../../../utils/practice/scenarios';
import { cedulaCheckDigit, check } from '../../../utils/rules';
import { clampStep, isTextField, nextScale, presenterAction } from '../../../utils/presenter/keys';

describe('made-up data', () => {
  it('computes the cédula check digit of known values', () => {
    expect(cedulaCheckDigit('171430710')).toBe(3);
    expect(cedulaCheckDigit('092668785')).toBe(6);
  });
  it('generates cédulas and RUCs the rules accept', () => {
    for (let i = 0; i < 500; i++) {
      const p = fakePerson();
      expect(check('cedula', p.cedula).level, p.cedula).toBe('ok');
      expect(check('cedula', p.repCedula).level, p.repCedula).toBe('ok');
      expect(check('ruc', p.ruc).level, p.ruc).toBe('ok');
      expect(check('phone', p.mobile).level, p.mobile).toBe('ok');
      expect(check('dactilar', p.dactilar).level, p.dactilar).toBe('ok');
      expect(p.cedula).toMatch(/^(0[1-9]|1\d|2[0-4])[0-5]\d{7}$/);
    }
  });
  it('uses obviously fake names and a non-deliverable example email domain', () => {
    const p = fakePerson();
    expect(p.name).toMatch(/PRUEBA|FICTICI|EJEMPLO/);
    expect(p.company).toMatch(/PRUEBA|FICTICI|EJEMPLO/);
    expect(p.email.endsWith('@ejemplo.com')).toBe(true);
  });
  it('draws unbiased random integers in range', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[cryptoRandom(3)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
  it('is deterministic with an injected random source', () => {
    let i = 0;
    const seq = (n: number) => i++ % n;
    const a = fakeCedula(seq);
    i = 0;
    expect(fakeCedula(seq)).toBe(a);
  });
});

describe('practice scenarios table', () => {
  it.each(SCENARIO_IDS)('%s: every step is on a screen of the scenario, with a caption in both languages', (id) => {
    const scenario = SCENARIOS[id];
    expect(scenario.steps.length).toBeGreaterThan(1);
    for (const step of scenario.steps) {
      expect(scenario.screens).toContain(step.screen);
      expect(practiceMessages.es[step.caption as PracticeKey]).toBeTruthy();
      expect(practiceMessages.en[step.caption as PracticeKey]).toBeTruthy();
    }
    expect(firstStepOf(scenario, scenario.screens[0]!)).toBe(0);
  });
  it('has the link validity of the portal', () => {
    expect(SCENARIOS.generate.linkMinutes).toBe(15);
    expect(SCENARIOS.unlock.linkMinutes).toBe(3);
  });
});

describe('presenter keys', () => {
  it.each([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: 'ArrowLeft' }, 'prev'],
    [{ key: 'Escape' }, 'exit'],
    [{ key: 'Escape', inTextField: true }, undefined],
    [{ key: 'ArrowRight', inTextField: true }, undefined],
    [{ key: 'ArrowRight', ctrlKey: true }, undefined],
    [{ key: '+' }, 'bigger'],
    [{ key: 'a' }, undefined],
  ] as const)('%j → %s', (e, action) => {
    expect(presenterAction(e)).toBe(action);
  });
  it('clamps steps and scales', () => {
    expect(clampStep(-1, 5)).toBe(0);
    expect(clampStep(9, 5)).toBe(4);
    expect(clampStep(3, 0)).toBe(0);
    expect(nextScale(1, 1)).toBe(1.25);
    expect(nextScale(2, 1)).toBe(2);
    expect(nextScale(1, -1)).toBe(1);
  });
  it('knows text fields', () => {
    const input = document.createElement('input');
    expect(isTextField(input)).toBe(true);
    input.type = 'checkbox';
    expect(isTextField(input)).toBe(false);
    expect(isTextField(document.createElement('button'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
