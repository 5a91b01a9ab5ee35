/**
 * Accessibility checks for the e2e run: axe-core injected by `page.evaluate(axe.source)` (extension
 * pages have a strict CSP, so no <script> tag), WCAG 2.0/2.1/2.2 A and AA rules only, violations
 * printed one line per node so a failure says what to fix. Plus keyboard helpers (Tab until a
 * control has focus; is the focus ring visible?) and the screenshot folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const SHOTS = join(ROOT, 'tests/artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });
export const shot = (name: string) => join(SHOTS, `${name}.png`);

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

/** Fails with a readable list of violations. */
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
  visible: boolean;
}

/** The focused element and whether it shows a focus indicator (outline or box-shadow). */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', testid: null, visible: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      tag: el.localName,
      text: (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 60),
      testid: el.getAttribute('data-testid'),
      visible: outline || shadow,
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
  return info;
}
