import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LABEL_RULES } from '../../../utils/page/field-labels';
import { PAGE_RULES } from '../../../utils/page/page-kinds';
import { CAPTCHA_SELECTORS, TEXT_SIGNALS } from '../../../utils/page/page-text';
import { LabelRuleSchema, PageRuleSchema, SelectorListSchema, TextSignalSchema } from '../../../utils/page/schemas';
import { PAGE_KINDS } from '../../../utils/messaging';

describe('page tables are valid data', () => {
  it('label rules', () => {
    expect(() => z.array(LabelRuleSchema).parse(LABEL_RULES)).not.toThrow();
  });
  it('page rules, ending with a catch-all, covering every page kind', () => {
    expect(() => z.array(PageRuleSchema).parse(PAGE_RULES)).not.toThrow();
    const last = PAGE_RULES[PAGE_RULES.length - 1]!;
    expect(last).toEqual({ kind: 'other', tokens: false });
    expect(new Set(PAGE_RULES.map((r) => r.kind))).toEqual(new Set(PAGE_KINDS));
  });
  it('text signals and captcha selectors', () => {
    expect(() => z.array(TextSignalSchema).parse(TEXT_SIGNALS)).not.toThrow();
    expect(() => SelectorListSchema.parse(CAPTCHA_SELECTORS)).not.toThrow();
    for (const s of CAPTCHA_SELECTORS) expect(() => document.querySelector(s)).not.toThrow();
  });
  it('a bad entry is rejected', () => {
    expect(LabelRuleSchema.safeParse({ kind: 'cedula', all: [['Cédula']] }).success).toBe(false);
    expect(PageRuleSchema.safeParse({ kind: 'nope', tokens: true }).success).toBe(false);
  });
});
