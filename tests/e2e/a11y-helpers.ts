/**
 * Accessibility checks for the e2e run: axe-core injected by `page.evaluate(axe.source)` (extension
 * pages have a strict CSP, so no <script> tag), WCAG 2.0/2.1/2.2 A and AA rules only, violations
 * printed one line per node so a failure says what to fix. Plus keyboard helpers (Tab until a
 * control has focus; is the focus ring visible?) and the screenshot folder.
 */
import axe from 'axe-core';
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { shotPath } from './harness';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const shot = shotPath;

/**
 * Chromium's own accessibility nodes for the element matching `selector` (CDP
 * `Accessibility.getPartialAXTree`): its node first, with its relatives when asked. What a screen
 * reader is given, not our DOM.
 */
export async function axNodes(cdp: CDPSession, selector: string, fetchRelatives = false) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives });
  return nodes;
}

export interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe in the page (injecting it once). `include` limits the run to some elements. */
export async function runAxe(page: Page, include?: string[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, inc]) => {
      const a = (window as unknown as { axe: typeof axe }).axe;
      const context = inc ? { include: inc.map((s) => [s]) } : document;
      const result = await a.run(context as axe.ElementContext, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String).join(' >>> '),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }));
    },
    [WCAG_TAGS, include ?? null] as [string[], string[] | null],
  );
}

export function formatFindings(where: string, findings: Finding[]): string {
  if (!findings.length) return `${where}: no violations`;
  const lines = [`${where}: ${findings.length} axe violation(s)`];
  for (const f of findings) {
    lines.push(`  [${f.id}] (${f.impact}) ${f.help}`);
    for (const n of f.nodes) lines.push(`      ${n.target} — ${n.summary}`);
  }
  return lines.join('\n');
}

/** axe at 0 violations, or a failure that lists what it found and where. */
export async function expectNoViolations(page: Page, where: string, include?: string[]): Promise<void> {
  const findings = await runAxe(page, include);
  if (findings.length) throw new Error(formatFindings(where, findings));
}

export const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

export interface FocusInfo {
  tag: string;
  text: string;
  testid: string | null;
  /** An outline (2 px or more) or a box-shadow is drawn. */
  visible: boolean;
  /** Contrast of the outline colour with the background around the element (1 when none). */
  ringContrast: number;
}

/** The focused element, whether it shows a focus indicator, and how well the ring stands out. */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', testid: null, visible: false, ringContrast: 1 };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // The ring sits outside the element (outline-offset): compare with the first opaque ancestor.
    let bg = 'rgb(255, 255, 255)';
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      const alpha = rgb(c)[3];
      if (c && c !== 'transparent' && (alpha === undefined || alpha > 0.5)) {
        bg = c;
        break;
      }
    }
    const a = lum(cs.outlineColor);
    const b = lum(bg);
    const ringContrast = outline ? (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) : shadow ? 3 : 1;
    return {
      tag: el.localName,
      text: (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 60),
      testid: el.getAttribute('data-testid'),
      visible: outline || shadow,
      ringContrast: Math.round(ringContrast * 100) / 100,
    };
  });
}

/**
 * Presses `key` (Tab by default) until the focused element matches `selector`; fails after
 * `max` presses. Returns how many presses it took.
 */
export async function tabTo(page: Page, selector: string, opts: { key?: string; max?: number } = {}): Promise<number> {
  const key = opts.key ?? 'Tab';
  const max = opts.max ?? 80;
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return i;
  }
  const now = await focused(page);
  throw new Error(`${selector} not reached with ${max} × ${key}; focus is on <${now.tag}> "${now.text}"`);
}

/** Tabs to `selector` and checks that it shows a focus ring. */
export async function tabToVisible(page: Page, selector: string, opts: { key?: string; max?: number } = {}): Promise<FocusInfo> {
  await tabTo(page, selector, opts);
  const info = await focused(page);
  if (!info.visible) throw new Error(`no visible focus indicator on ${selector} (<${info.tag}> "${info.text}")`);
  // WCAG 1.4.11: the indicator is a non-text element, 3:1 against what is next to it.
  if (info.ringContrast < 3) throw new Error(`focus ring on ${selector} has contrast ${info.ringContrast}:1 (< 3:1)`);
  return info;
}
