// @vitest-environment node
// The warm-up values walk each rule through several branches (real engine, no DOM).
import { check } from '../../../utils/rules';
import { FIELD_KINDS } from '../../../utils/rules/types';
import { WARM_CONTEXT, WARM_VALUES } from '../../../utils/page/warm';

describe('warm-up values', () => {
  it('cover every field kind and reach empty, unfinished or wrong, and accepted verdicts', () => {
    for (const kind of FIELD_KINDS) {
      const verdicts = WARM_VALUES[kind].map((v) => check(kind, v, WARM_CONTEXT));
      const levels = new Set(verdicts.map((v) => v.level));
      expect(levels.has('empty'), kind).toBe(true);
      expect(levels.has('error'), kind).toBe(true);
      expect(levels.has('ok') || levels.has('warn'), kind).toBe(true);
      expect(new Set(verdicts.map((v) => v.code)).size, kind).toBeGreaterThanOrEqual(3);
    }
  });
});
