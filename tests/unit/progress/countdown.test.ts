import { describe, expect, it } from 'vitest';
import { alarmName, clock, parseAlarmName, countdown, reminderAlarms, waitCountdown, waitVisible } from '../../../utils/progress/countdown';

const T0 = 1_750_000_000_000;
const MIN = 60_000;

describe('countdown math', () => {
  it('formats mm:ss, rounding seconds up', () => {
    expect(clock(15 * MIN)).toBe('15:00');
    expect(clock(14 * MIN + 59_001)).toBe('15:00');
    expect(clock(61_000)).toBe('01:01');
    expect(clock(999)).toBe('00:01');
    expect(clock(0)).toBe('00:00');
    expect(clock(-5)).toBe('00:00');
  });

  it('counts down a 15-minute link', () => {
    const c = countdown(T0, 15, T0 + 30_000);
    expect(c.remainingMs).toBe(14.5 * MIN);
    expect(c.clock).toBe('14:30');
    expect(c.minutesLeft).toBe(15);
    expect(c.expired).toBe(false);
    expect(c.spamHint).toBe(false);
  });

  it('suggests Spam after two minutes', () => {
    expect(countdown(T0, 15, T0 + 2 * MIN - 1).spamHint).toBe(false);
    expect(countdown(T0, 15, T0 + 2 * MIN).spamHint).toBe(true);
  });

  it('expires at the end, never negative', () => {
    const c = countdown(T0, 3, T0 + 3 * MIN);
    expect(c.expired).toBe(true);
    expect(c.remainingMs).toBe(0);
    expect(c.minutesLeft).toBe(0);
    expect(countdown(T0, 3, T0 + 60 * MIN).remainingMs).toBe(0);
  });

  it('a start in the future (clock skew) shows the full time', () => {
    expect(countdown(T0 + 10_000, 3, T0).clock).toBe('03:10');
  });

  it('the live announcement (whole minutes left) changes at most once a minute', () => {
    const spoken: number[] = [];
    for (let t = T0; t <= T0 + 15 * MIN; t += 1000) {
      const m = countdown(T0, 15, t).minutesLeft!;
      if (spoken.at(-1) !== m) spoken.push(m);
    }
    expect(spoken).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('has no clock when the validity is unknown', () => {
    const c = countdown(T0, undefined, T0 + 5 * MIN);
    expect(c.clock).toBeUndefined();
    expect(c.expired).toBe(false);
    expect(c.spamHint).toBe(true);
  });

  it('reads the validity from the flows table', () => {
    expect(waitCountdown({ flow: 'unlock', startedAt: T0 }, T0).clock).toBe('03:00');
    expect(waitCountdown({ flow: 'afiliado', startedAt: T0 }, T0).clock).toBe('15:00');
  });
});

describe('email panel visibility', () => {
  it('shows the wait during the link and for 30 minutes after it expired, not later', () => {
    const w = { flow: 'unlock' as const, startedAt: T0 };
    expect(waitVisible(w, T0)).toBe(true);
    expect(waitVisible(w, T0 + 32 * MIN)).toBe(true);
    expect(waitVisible(w, T0 + 34 * MIN)).toBe(false);
    expect(waitVisible(null, T0)).toBe(false);
  });
});

describe('reminder alarms', () => {
  it('schedules the Spam hint at +2 min and the expiry', () => {
    expect(reminderAlarms({ flow: 'afiliado', startedAt: T0 }, T0)).toEqual([
      { name: alarmName('spam', 'afiliado'), when: T0 + 2 * MIN },
      { name: alarmName('expired', 'afiliado'), when: T0 + 15 * MIN },
    ]);
    expect(reminderAlarms({ flow: 'unlock', startedAt: T0 }, T0)).toEqual([
      { name: alarmName('spam', 'unlock'), when: T0 + 2 * MIN },
      { name: alarmName('expired', 'unlock'), when: T0 + 3 * MIN },
    ]);
  });
  it('only the Spam hint when the validity is unknown', () => {
    expect(reminderAlarms({ flow: 'update', startedAt: T0 }, T0)).toEqual([{ name: alarmName('spam', 'update'), when: T0 + 2 * MIN }]);
  });
  it('nothing in the past, nothing without a wait', () => {
    expect(reminderAlarms({ flow: 'afiliado', startedAt: T0 }, T0 + 5 * MIN)).toEqual([
      { name: alarmName('expired', 'afiliado'), when: T0 + 15 * MIN },
    ]);
    expect(reminderAlarms({ flow: 'afiliado', startedAt: T0 }, T0 + 20 * MIN)).toEqual([]);
    expect(reminderAlarms(null, T0)).toEqual([]);
  });
});

describe('alarm names', () => {
  it('each task has its own, and only ours are recognised', () => {
    expect(alarmName('spam', 'afiliado')).toBe('asistente:email-spam:afiliado');
    expect(alarmName('expired', 'unlock')).not.toBe(alarmName('expired', 'afiliado'));
    expect(parseAlarmName(alarmName('expired', 'unlock'))).toEqual({ kind: 'expired', flow: 'unlock' });
    expect(parseAlarmName('asistente:email-spam')).toBeNull();
    expect(parseAlarmName('asistente:email-spam:nobody')).toBeNull();
    expect(parseAlarmName('someone-else')).toBeNull();
  });
});
