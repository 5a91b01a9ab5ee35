/**
 * Which page signals tick a step. Each step of the flows table declares only its own signals
 * (what the page shows at that step). A later signal also proves the earlier steps (`email-sent`
 * proves the cédula was accepted), back to the nearest hand-only step: a step the portal cannot
 * see (an office visit, a check before starting) is ticked by hand only and passes nothing on.
 */
import type { Signal } from '../messaging';
import type { Profile, Step } from './task-schema';

/** For each step, in order: its own signals and those of every later step up to a hand-only one. */
export function provingSignals(steps: readonly Pick<Step, 'ownSignals' | 'handOnly'>[]): (Signal[] | undefined)[] {
  const out: (Signal[] | undefined)[] = [];
  let later: Signal[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    const signals = step.handOnly ? [] : [...new Set([...(step.ownSignals ?? []), ...later])];
    out[i] = signals.length ? signals : undefined;
    later = signals;
  }
  return out;
}

/** The table with each step's `signals` filled in from the own signals. */
export function withProvingSignals<K extends string>(profiles: readonly Profile<K>[]): Profile<K>[] {
  return profiles.map((p) => {
    const signals = provingSignals(p.steps);
    return { ...p, steps: p.steps.map((s, i) => ({ ...s, signals: signals[i] })) };
  });
}
