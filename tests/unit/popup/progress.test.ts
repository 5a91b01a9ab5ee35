import { describe, expect, it } from 'vitest';
import { applySignal, chooseProfile, setStepDone, waitIsLive } from '../../../utils/flows/progress';
import type { PageKind, Signal, StepSignalMessage } from '../../../utils/messaging';
import { emptyProgress, type Progress } from '../../../utils/storage/schema';

const T0 = 1_750_000_000_000;
const sig = (signal: Signal, page: PageKind = 'generate', at = T0, practice = false): StepSignalMessage => ({
  type: 'asistente:signal',
  signal,
  page,
  at,
  practice,
});
const doneIds = (p: Progress) => Object.keys(p.done).sort();

describe('signal → step ticking', () => {
  it('infers the profile from the page kind when none is chosen', () => {
    const p = applySignal(emptyProgress(), sig('portal-opened', 'unlock'), T0);
    expect(p.profile).toBe('unlock');
    expect(doneIds(p)).toEqual(['unlock.open']);
    expect(p.done['unlock.open']).toBe(T0);
    expect(p.startedAt).toBe(T0);
  });

  it.each([
    ['portal-opened', ['afiliado.open']],
    ['captcha-shown', ['afiliado.open']],
    ['id-valid', ['afiliado.cedula', 'afiliado.open']],
    ['questions-shown', ['afiliado.cedula', 'afiliado.open', 'afiliado.robot']],
    ['email-valid', ['afiliado.open']],
    ['email-sent', ['afiliado.cedula', 'afiliado.email', 'afiliado.open', 'afiliado.questions', 'afiliado.robot']],
    [
      'clave-created',
      [
        'afiliado.cedula',
        'afiliado.clave',
        'afiliado.email',
        'afiliado.inbox',
        'afiliado.open',
        'afiliado.questions',
        'afiliado.robot',
      ],
    ],
    ['unlocked', []],
  ] as const)('on the generate page, %s ticks %j', (signal, ids) => {
    const p = applySignal(emptyProgress(), sig(signal), T0);
    expect(doneIds(p)).toEqual([...ids].sort());
  });

  it('ticks nothing from a page kind the chosen profile does not apply to', () => {
    const start = chooseProfile(emptyProgress(), 'unlock', T0);
    const p = applySignal(start, sig('id-valid', 'generate'), T0 + 1);
    expect(p).toBe(start);
  });

  it('ignores "other" pages when no profile is chosen', () => {
    const start = emptyProgress();
    expect(applySignal(start, sig('portal-opened', 'other'), T0)).toBe(start);
  });

  it('keeps the first tick time and is idempotent', () => {
    const a = applySignal(emptyProgress(), sig('portal-opened', 'generate', T0), T0);
    const b = applySignal(a, sig('portal-opened', 'generate', T0 + 5000), T0 + 5000);
    expect(b).toBe(a);
    expect(b.done['afiliado.open']).toBe(T0);
  });

  it('never takes a time from the future', () => {
    const p = applySignal(emptyProgress(), sig('portal-opened', 'generate', T0 + 999_999), T0);
    expect(p.done['afiliado.open']).toBe(T0);
  });

  it('email-sent starts the email wait (flow id and start time only)', () => {
    const p = applySignal(emptyProgress(), sig('email-sent', 'unlock'), T0);
    expect(p.emailWait).toEqual({ flow: 'unlock', startedAt: T0 });
  });

  it('a repeated email-sent keeps a running wait, and restarts an expired one', () => {
    const a = applySignal(emptyProgress(), sig('email-sent', 'unlock', T0), T0);
    const b = applySignal(a, sig('email-sent', 'unlock', T0 + 60_000), T0 + 60_000);
    expect(b.emailWait?.startedAt).toBe(T0);
    const later = T0 + 4 * 60_000;
    const c = applySignal(b, sig('email-sent', 'unlock', later), later);
    expect(c.emailWait?.startedAt).toBe(later);
  });

  it('opening the link ends the wait', () => {
    const a = applySignal(emptyProgress(), sig('email-sent'), T0);
    const b = applySignal(a, sig('clave-valid', 'generate', T0 + 60_000), T0 + 60_000);
    expect(b.done['afiliado.inbox']).toBe(T0 + 60_000);
    expect(b.emailWait).toBeNull();
  });

  it('signals for profiles without an email step never start a wait', () => {
    const p = applySignal(chooseProfile(emptyProgress(), 'biess', T0), sig('email-sent', 'biess'), T0);
    expect(p.emailWait).toBeNull();
  });
});

describe('ticking by hand', () => {
  it('ticks and unticks, and sets the profile of the step', () => {
    const a = setStepDone(emptyProgress(), 'empleador.docs', true, T0);
    expect(a.profile).toBe('empleador');
    expect(a.done['empleador.docs']).toBe(T0);
    const b = setStepDone(a, 'empleador.docs', false, T0 + 1);
    expect(b.done['empleador.docs']).toBeUndefined();
  });

  it('ticking the email step starts the wait; unticking it stops it', () => {
    const a = setStepDone(chooseProfile(emptyProgress(), 'afiliado', T0), 'afiliado.email', true, T0);
    expect(a.emailWait).toEqual({ flow: 'afiliado', startedAt: T0 });
    expect(waitIsLive(a.emailWait, T0 + 14 * 60_000)).toBe(true);
    expect(waitIsLive(a.emailWait, T0 + 15 * 60_000)).toBe(false);
    const b = setStepDone(a, 'afiliado.email', false, T0 + 1);
    expect(b.emailWait).toBeNull();
  });

  it('ignores unknown step ids', () => {
    const p = emptyProgress();
    expect(setStepDone(p, 'nope.step', true, T0)).toBe(p);
  });

  it('changing the task drops the other task’s email wait but keeps ticks', () => {
    const a = setStepDone(emptyProgress(), 'unlock.email', true, T0);
    const b = chooseProfile(a, 'afiliado', T0 + 1);
    expect(b.emailWait).toBeNull();
    expect(b.done['unlock.email']).toBe(T0);
  });
});
