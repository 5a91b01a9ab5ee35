import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PAGE_KINDS, SIGNALS } from '../../../utils/messaging';
import { OFFICIAL_DOMAINS, OFFICIAL_LINK, OFFICIAL_MATCHES } from '../../../utils/portal/hosts';
import { LABEL_RULES } from '../../../utils/portal/labels';
import { GENERATE_LINK_MINUTES, UNLOCK_LINK_MINUTES } from '../../../utils/portal/links';
import { PORTAL_MESSAGES } from '../../../utils/portal/messages';
import { PAGE_RULES, PORTAL_APPS, PORTAL_URLS } from '../../../utils/portal/pages';
import { CAPTCHA_SELECTORS, HEADINGS, TEXT_SIGNALS } from '../../../utils/portal/phrases';
import {
  LabelRuleSchema,
  LinkMinutesSchema,
  PageRuleSchema,
  PortalMessageSchema,
  PortalUrlsSchema,
  SelectorListSchema,
  TextSignalSchema,
} from '../../../utils/portal/schemas';

describe('portal tables are valid data', () => {
  it('label rules', () => {
    expect(() => z.array(LabelRuleSchema).parse(LABEL_RULES)).not.toThrow();
  });
  it('page rules, ending with a catch-all, covering every page kind', () => {
    expect(() => z.array(PageRuleSchema).parse(PAGE_RULES)).not.toThrow();
    const last = PAGE_RULES[PAGE_RULES.length - 1]!;
    expect(last).toEqual({ kind: 'other', tokens: false });
    expect(new Set(PAGE_RULES.map((r) => r.kind))).toEqual(new Set(PAGE_KINDS));
  });
  it('host patterns written out agree with the official domains', () => {
    expect(OFFICIAL_MATCHES).toEqual(OFFICIAL_DOMAINS.map((d) => `https://*.${d}/*`));
    for (const d of OFFICIAL_DOMAINS) {
      expect(OFFICIAL_LINK.test(`https://${d}/`)).toBe(true);
      expect(OFFICIAL_LINK.test(`https://www.${d}/x`)).toBe(true);
      expect(OFFICIAL_LINK.test(`http://www.${d}/`)).toBe(false);
      expect(OFFICIAL_LINK.test(`https://www.${d}.evil.com/`)).toBe(false);
      expect(OFFICIAL_LINK.test(`https://www.x${d}/`)).toBe(false);
      expect(OFFICIAL_LINK.test(`https://www.${d.replace('.', 'x')}/`)).toBe(false);
    }
  });
  it('portal URLs: official https addresses, each procedure inside its own application', () => {
    expect(() => PortalUrlsSchema.parse(PORTAL_URLS)).not.toThrow();
    for (const [key, app] of Object.entries(PORTAL_APPS)) {
      expect(new URL(PORTAL_URLS[key as keyof typeof PORTAL_APPS]).pathname.startsWith(`${app}/`)).toBe(true);
    }
  });
  it('text signals, headings and captcha selectors', () => {
    expect(() => z.array(TextSignalSchema).parse(TEXT_SIGNALS)).not.toThrow();
    expect(() => SelectorListSchema.parse(CAPTCHA_SELECTORS)).not.toThrow();
    for (const s of CAPTCHA_SELECTORS) expect(() => document.querySelector(s)).not.toThrow();
    expect(() => document.querySelectorAll(HEADINGS)).not.toThrow();
  });
  it('portal messages: valid, one entry per outcome, every one with a signal feeds the step phrases', () => {
    expect(() => z.array(PortalMessageSchema).parse(PORTAL_MESSAGES)).not.toThrow();
    const outcomes = PORTAL_MESSAGES.map((m) => m.outcome);
    expect(new Set(outcomes).size).toBe(outcomes.length);
    for (const m of PORTAL_MESSAGES.filter((x) => x.signal)) {
      expect(TEXT_SIGNALS).toContainEqual(expect.objectContaining({ signal: m.signal, any: m.any }));
    }
    // Each text signal is sent by one table entry only.
    const signals = TEXT_SIGNALS.map((s) => s.signal);
    expect(new Set(signals).size).toBe(signals.length);
    for (const s of signals) expect(SIGNALS).toContain(s);
  });
  it('link minutes', () => {
    expect(() => LinkMinutesSchema.parse(GENERATE_LINK_MINUTES)).not.toThrow();
    expect(() => LinkMinutesSchema.parse(UNLOCK_LINK_MINUTES)).not.toThrow();
  });
  it('a bad entry is rejected', () => {
    expect(LabelRuleSchema.safeParse({ kind: 'cedula', all: [['Cédula']] }).success).toBe(false);
    expect(PageRuleSchema.safeParse({ kind: 'nope', tokens: true }).success).toBe(false);
    expect(PortalUrlsSchema.safeParse({ ...PORTAL_URLS, generate: 'https://iess.net.ec/clave' }).success).toBe(false);
    expect(PortalUrlsSchema.safeParse({ ...PORTAL_URLS, unlock: PORTAL_URLS.unlock.replace('https:', 'http:') }).success).toBe(false);
    const ok = { outcome: 'email-sent', any: ['revise su correo'], where: 'page', next: 'outcome.next.firewall', source: 'general' };
    expect(PortalMessageSchema.safeParse(ok).success).toBe(true);
    expect(PortalMessageSchema.safeParse({ ...ok, any: ['Revise su correo'] }).success).toBe(false);
    expect(PortalMessageSchema.safeParse({ ...ok, source: 'somewhere' }).success).toBe(false);
    expect(PortalMessageSchema.safeParse({ ...ok, outcome: 'nope' }).success).toBe(false);
    expect(PortalMessageSchema.safeParse({ ...ok, where: 'anywhere' }).success).toBe(false);
    expect(PortalMessageSchema.safeParse({ ...ok, next: undefined }).success).toBe(false);
    expect(PortalMessageSchema.safeParse({ ...ok, nextFor: { nowhere: 'outcome.next.firewall' } }).success).toBe(false);
    expect(LinkMinutesSchema.safeParse(0).success).toBe(false);
    expect(LinkMinutesSchema.safeParse(2.5).success).toBe(false);
  });
});
