/** The page-needs table parses against its schema, and names only procedure page kinds. */
import { describe, expect, it } from 'vitest';
import { LEFT_ALONE, PAGE_NEEDS } from '../../../utils/portal/needs';
import { LeftAloneSchema, PageNeedSchema } from '../../../utils/portal/needs-schema';
import { norm } from '../../../utils/page/normalize-text';

describe('page needs', () => {
  it.each(PAGE_NEEDS.map((n) => [n.kind, n]))('%s parses', (_kind, need) => {
    expect(PageNeedSchema.safeParse(need).success).toBe(true);
  });

  it('one entry per kind, never "other" or the BIESS (any page of its host)', () => {
    const kinds = PAGE_NEEDS.map((n) => n.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).not.toContain('other');
    expect(kinds).not.toContain('biess');
  });

  it('a bad entry fails', () => {
    expect(PageNeedSchema.safeParse({ kind: 'generate', screens: [[]] }).success).toBe(false);
    expect(PageNeedSchema.safeParse({ kind: 'generate', screens: [['cedulla']] }).success).toBe(false);
    expect(PageNeedSchema.safeParse({ kind: 'login', screens: [['cedula']] }).success).toBe(false);
  });

  it('the left-alone phrases are normalized', () => {
    expect(LeftAloneSchema.safeParse(LEFT_ALONE).success).toBe(true);
    for (const p of LEFT_ALONE) expect(norm(p)).toBe(p);
    expect(LeftAloneSchema.safeParse(['Fecha']).success).toBe(false);
  });
});
