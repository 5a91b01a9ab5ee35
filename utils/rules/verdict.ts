import { levelOf, type RuleCode } from './codes';
import type { Verdict } from './types';

/** A verdict whose code is one of RULE_CODES. */
export interface RuleVerdict extends Verdict {
  code: RuleCode;
}

type Extra = Pick<Verdict, 'params' | 'value' | 'incomplete'>;

/** Builds a verdict; the level always comes from the code (levelOf, the same as CODE_LEVEL), so code and level never disagree. */
export function verdict(code: RuleCode, extra?: Extra): RuleVerdict {
  const out: RuleVerdict = { level: levelOf(code), code };
  if (extra?.params) out.params = extra.params;
  if (extra?.value !== undefined) out.value = extra.value;
  if (extra?.incomplete) out.incomplete = true;
  return out;
}
