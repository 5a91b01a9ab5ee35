import { describe, expect, it } from 'vitest';
import { WAIT_MAX_AGE_MS, saneProgress, waitPossible } from '../../../utils/progress/sane';
import { emptyTask, parseProgress, type Progress } from '../../../utils/progress/schema';
import { waitCountdown } from '../../../utils/progress/countdown';
import { waitOf } from '../../../utils/progress/logic';

const NOW = 1_780_000_000_000;
const MIN = 60_000;

const progress = (task: Partial<Progress['tasks']['afiliado']>): Progress => ({
  v: 2,
  profile: 'afiliado',
  tasks: { afiliado: { ...emptyTask(), ...task } },
});

describe('stored times against the clock', () => {
  it('keeps progress whose times are all possible (the same object)', () => {
    const p = progress({ done: { 'afiliado.open': NOW - MIN }, startedAt: NOW - MIN, updatedAt: NOW, emailWait: { startedAt: NOW - MIN } });
    expect(saneProgress(p, NOW)).toBe(p);
    expect(saneProgress(p, NOW, WAIT_MAX_AGE_MS)).toBe(p);
  });

  it('a wait started in the future never shows a countdown of years: it is dropped', () => {
    const p = progress({ emailWait: { startedAt: 143_970_067_218 * 60_000 } });
    expect(waitCountdown(waitOf(p, 'afiliado')!, NOW).clock).toMatch(/^\d{6,}:/); // what the popup showed before
    const sane = saneProgress(p, NOW);
    expect(waitOf(sane, 'afiliado')).toBeNull();
  });

  it('caps step and task times in the future at now, keeps the steps ticked', () => {
    const p = progress({ done: { 'afiliado.open': NOW + 10 * MIN, 'afiliado.find': NOW - MIN }, startedAt: NOW + 1, updatedAt: 8.64e15 });
    const sane = saneProgress(p, NOW).tasks.afiliado!;
    expect(sane.done).toEqual({ 'afiliado.open': NOW, 'afiliado.find': NOW - MIN });
    expect([sane.startedAt, sane.updatedAt]).toEqual([NOW, NOW]);
  });

  it('a minute of clock difference is not the future', () => {
    expect(waitPossible(NOW + 30_000, NOW)).toBe(true);
    expect(waitPossible(NOW + 2 * MIN, NOW)).toBe(false);
  });

  it('a wait more than a day old is impossible for reminders, kept when reading', () => {
    const old = NOW - WAIT_MAX_AGE_MS - MIN;
    expect(waitPossible(old, NOW)).toBe(false);
    expect(waitPossible(NOW - WAIT_MAX_AGE_MS + MIN, NOW)).toBe(true);
    const p = progress({ emailWait: { startedAt: old } });
    expect(saneProgress(p, NOW)).toBe(p);
    expect(waitOf(saneProgress(p, NOW, WAIT_MAX_AGE_MS), 'afiliado')).toBeNull();
  });

  it.each([NaN, Infinity, -1])('the schema refuses a stored time of %s (reads as empty)', (bad) => {
    expect(waitPossible(bad, NOW)).toBe(false);
    expect(parseProgress(progress({ emailWait: { startedAt: bad } })).tasks).toEqual({});
    expect(parseProgress(progress({ done: { 'afiliado.open': bad } })).tasks).toEqual({});
  });
});
