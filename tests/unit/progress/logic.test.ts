import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../utils/flows';
import type { PageKind, Signal, StepSignalMessage } from '../../../utils/messaging';
import {
  applySignal,
  chooseProfile,
  cleanProgress,
  currentStep,
  latestWait,
  setStepDone,
  startOverTask,
  taskOf,
  taskStatus,
  unmarkEmailSteps,
  waitIsLive,
  waitOf,
} from '../../../utils/progress/logic';
import { emptyProgress, type Progress } from '../../../utils/progress/schema';

const T0 = 1_750_000_000_000;
const sig = (signal: Signal, page: PageKind = 'generate', at = T0, practice = false): StepSignalMessage => ({
  type: 'asistente:signal',
  signal,
  page,
  at,
  practice,
});
/** Every task's ticks in one map (step ids carry their task id). */
const allDone = (p: Progress) => Object.assign({}, ...Object.values(p.tasks).map((t) => t.done)) as Record<string, number>;
const doneIds = (p: Progress) => Object.keys(allDone(p)).sort();

describe('signal → step ticking', () => {
  it('infers the profile from the page kind when none is chosen', () => {
    const p = applySignal(emptyProgress(), sig('portal-opened', 'unlock'), T0);
    expect(p.profile).toBe('unlock');
    expect(doneIds(p)).toEqual(['unlock.open']);
    expect(allDone(p)['unlock.open']).toBe(T0);
    expect(taskOf(p, 'unlock').startedAt).toBe(T0);
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
    expect(allDone(b)['afiliado.open']).toBe(T0);
  });

  it('never takes a time from the future', () => {
    const p = applySignal(emptyProgress(), sig('portal-opened', 'generate', T0 + 999_999), T0);
    expect(allDone(p)['afiliado.open']).toBe(T0);
  });

  it('email-sent starts the email wait (flow id and start time only)', () => {
    const p = applySignal(emptyProgress(), sig('email-sent', 'unlock'), T0);
    expect(latestWait(p)).toEqual({ flow: 'unlock', startedAt: T0 });
  });

  it('a repeated email-sent keeps a running wait, and restarts an expired one', () => {
    const a = applySignal(emptyProgress(), sig('email-sent', 'unlock', T0), T0);
    const b = applySignal(a, sig('email-sent', 'unlock', T0 + 60_000), T0 + 60_000);
    expect(latestWait(b)?.startedAt).toBe(T0);
    const later = T0 + 4 * 60_000;
    const c = applySignal(b, sig('email-sent', 'unlock', later), later);
    expect(latestWait(c)?.startedAt).toBe(later);
  });

  it('opening the link ends the wait', () => {
    const a = applySignal(emptyProgress(), sig('email-sent'), T0);
    const b = applySignal(a, sig('clave-valid', 'generate', T0 + 60_000), T0 + 60_000);
    expect(allDone(b)['afiliado.inbox']).toBe(T0 + 60_000);
    expect(latestWait(b)).toBeNull();
  });

  it('signals for profiles without an email step never start a wait', () => {
    const p = applySignal(chooseProfile(emptyProgress(), 'biess', T0), sig('email-sent', 'biess'), T0);
    expect(latestWait(p)).toBeNull();
  });
});

describe('ticking by hand', () => {
  it('ticks and unticks, and sets the profile of the step', () => {
    const a = setStepDone(emptyProgress(), 'empleador.docs', true, T0);
    expect(a.profile).toBe('empleador');
    expect(allDone(a)['empleador.docs']).toBe(T0);
    const b = setStepDone(a, 'empleador.docs', false, T0 + 1);
    expect(allDone(b)['empleador.docs']).toBeUndefined();
  });

  it('ticking the email step starts the wait; unticking it stops it', () => {
    const a = setStepDone(chooseProfile(emptyProgress(), 'afiliado', T0), 'afiliado.email', true, T0);
    expect(latestWait(a)).toEqual({ flow: 'afiliado', startedAt: T0 });
    expect(waitIsLive(latestWait(a), T0 + 14 * 60_000)).toBe(true);
    expect(waitIsLive(latestWait(a), T0 + 15 * 60_000)).toBe(false);
    const b = setStepDone(a, 'afiliado.email', false, T0 + 1);
    expect(latestWait(b)).toBeNull();
  });

  it('ignores unknown step ids', () => {
    const p = emptyProgress();
    expect(setStepDone(p, 'nope.step', true, T0)).toBe(p);
  });

  it('changing the task keeps the other task’s ticks and running email wait', () => {
    const a = setStepDone(emptyProgress(), 'unlock.email', true, T0);
    const b = chooseProfile(a, 'afiliado', T0 + 1);
    expect(b.profile).toBe('afiliado');
    expect(waitOf(b, 'unlock')).toEqual({ flow: 'unlock', startedAt: T0 });
    expect(allDone(b)['unlock.email']).toBe(T0);
    const c = chooseProfile(setStepDone(b, 'afiliado.open', true, T0 + 2), 'unlock', T0 + 3);
    expect(c.tasks.unlock).toEqual(a.tasks.unlock);
    expect(allDone(c)['afiliado.open']).toBe(T0 + 2);
  });
});

describe('per task: start over, expired link, current step', () => {
  const both = () => setStepDone(setStepDone(emptyProgress(), 'unlock.email', true, T0), 'afiliado.email', true, T0 + 1);

  it('each task keeps its own email wait', () => {
    const p = both();
    expect(waitOf(p, 'unlock')?.startedAt).toBe(T0);
    expect(waitOf(p, 'afiliado')?.startedAt).toBe(T0 + 1);
    expect(latestWait(p)).toEqual({ flow: 'afiliado', startedAt: T0 + 1 });
  });

  it('start over clears that task only and goes back to the chooser', () => {
    const p = chooseProfile(both(), 'afiliado');
    const q = startOverTask(p, 'afiliado');
    expect(q.profile).toBeNull();
    expect(q.tasks.afiliado).toBeUndefined();
    expect(q.tasks.unlock).toEqual(p.tasks.unlock);
  });

  it('"Sí" after an expired link un-ticks the email step and later ones and ends the wait', () => {
    let p = emptyProgress();
    for (const id of ['afiliado.open', 'afiliado.cedula', 'afiliado.robot', 'afiliado.questions', 'afiliado.email']) {
      p = setStepDone(p, id, true, T0);
    }
    const q = unmarkEmailSteps(p, 'afiliado', T0 + 20 * 60_000);
    expect(doneIds(q)).toEqual(['afiliado.cedula', 'afiliado.open', 'afiliado.questions', 'afiliado.robot']);
    expect(waitOf(q, 'afiliado')).toBeNull();
    expect(currentStep(q, getProfile('afiliado'))?.id).toBe('afiliado.email');
  });

  it('the current step is the first not done, none when all are done', () => {
    const unlock = getProfile('unlock');
    expect(currentStep(emptyProgress(), unlock)?.id).toBe('unlock.check');
    const p = setStepDone(emptyProgress(), 'unlock.open', true, T0);
    expect(currentStep(p, unlock)?.id).toBe('unlock.check');
    const all = unlock.steps.reduce((q, s) => setStepDone(q, s.id, true, T0), emptyProgress());
    expect(currentStep(all, unlock)).toBeUndefined();
  });

  it('clean drops unknown step ids and steps filed under the wrong task', () => {
    const p: Progress = {
      v: 2,
      profile: 'afiliado',
      tasks: { afiliado: { done: { 'afiliado.open': T0, 'afiliado.gone': T0, 'unlock.open': T0 }, startedAt: T0, updatedAt: T0, emailWait: null } },
    };
    expect(cleanProgress(p).tasks.afiliado?.done).toEqual({ 'afiliado.open': T0 });
    const clean = cleanProgress(p);
    expect(cleanProgress(clean)).toBe(clean);
  });
});

describe('taskStatus (the chooser badge)', () => {
  it('says waiting while the link is valid, started when some steps are done, nothing otherwise', () => {
    let p = emptyProgress();
    expect(taskStatus(p, 'unlock', T0)).toBeNull();
    p = setStepDone(p, 'unlock.cedula', true, T0);
    expect(taskStatus(p, 'unlock', T0)).toBe('started');
    p = setStepDone(p, 'unlock.email', true, T0);
    expect(taskStatus(p, 'unlock', T0 + 60_000)).toBe('waiting');
    // The 3-minute link expired: still started, no longer waiting.
    expect(taskStatus(p, 'unlock', T0 + 4 * 60_000)).toBe('started');
    expect(taskStatus(p, 'afiliado', T0)).toBeNull();
    for (const s of getProfile('biess').steps) p = setStepDone(p, s.id, true, T0);
    expect(taskStatus(p, 'biess', T0)).toBeNull();
  });
});

