/**
 * Interleaved A/B of the popup's first render in two builds (issue 17, "popup first render ≤ 50 ms"):
 *   WXT_OUT_DIR=.output-b npx wxt build
 *   BENCH_A=.output-a BENCH_B=.output-b BENCH_RUNS=15 npx tsx scripts/bench/popup-ab.ts
 * The same probe as scripts/bench.ts section 7: from navigation start to the first child of #app
 * (`appRendered`), plus first contentful paint, plus `ready` (the popup's data-ready="true": prefs
 * and progress read, the real first screen in place, not "Cargando…"). One Chromium per build, each
 * popup.html opened as a page without request interception (as the bench does). Each round opens
 * A and B once in a rotating order. Medians, p90 and B / A ratios; prints JSON, writes nothing.
 * BENCH_STATE=task: a task chosen (afiliado, on its first step) before measuring, so the first
 * screen is the guide rather than the task chooser.
 */
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { interleaved, machineLoad, median, quantile, round } from './stats';

const A = resolve(process.env.BENCH_A ?? '.output-a');
const B = resolve(process.env.BENCH_B ?? '.output-b');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 15));
const STATE = process.env.BENCH_STATE ?? 'chooser';
const { extensionWorker, launchChromiumWithExtension } = await import('../../tests/e2e/harness');
const KEEP_NAMES = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** scripts/bench.ts's popup probe (appRendered), with the moment the popup says it is ready. */
const PROBE = `(() => {
  window.__bench = { appRendered: 0, ready: 0 };
  new MutationObserver(() => {
    const b = window.__bench;
    const now = performance.now();
    const app = document.getElementById('app');
    if (!b.appRendered && app && app.firstElementChild) b.appRendered = now;
    if (!b.ready && app && app.querySelector('[data-ready="true"]')) b.ready = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

type Session = Awaited<ReturnType<typeof launchChromiumWithExtension>>;
async function open(dir: string): Promise<{ s: Session; id: string }> {
  const s = await launchChromiumWithExtension(join(dir, 'chrome-mv3'));
  // No request interception for the popup (see scripts/bench.ts section 7).
  await s.context.unroute('**/*');
  await s.context.addInitScript(KEEP_NAMES);
  await s.context.addInitScript(PROBE);
  return { s, id: (await extensionWorker(s.context)).extensionId };
}

/** A chosen task (afiliado), chosen through the popup itself as a person would. */
async function chooseTask(ctx: BrowserContext, id: string) {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.locator('[data-ready="true"]').waitFor();
  await page.click('[data-profile="afiliado"]');
  await page.locator('[data-moment="step"]').waitFor();
  await page.close();
}

async function measure(ctx: BrowserContext, id: string) {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.locator('[data-ready="true"]').waitFor();
  const t = await page.evaluate(
    () =>
      new Promise<{ appRendered: number; ready: number; fcp: number }>((done) => {
        const poll = () => {
          const e = performance.getEntriesByName('first-contentful-paint')[0];
          const b = (window as any).__bench;
          if (e && b.ready) done({ appRendered: b.appRendered, ready: b.ready, fcp: e.startTime });
          else setTimeout(poll, 20);
        };
        poll();
      }),
  );
  await page.close();
  return t;
}

const loadBefore = await machineLoad();
const a = await open(A);
const b = await open(B);
try {
  if (STATE === 'task') for (const x of [a, b]) await chooseTask(x.s.context, x.id);
  // Warm both alike (files read, code cached), then measure.
  for (let i = 0; i < 3; i++) for (const x of [a, b]) await measure(x.s.context, x.id);
  const r = await interleaved(RUNS, [
    ['A', () => measure(a.s.context, a.id)],
    ['B', () => measure(b.s.context, b.id)],
  ]);
  const out: Record<string, { A: number; B: number; BoverA: number; p90A: number; p90B: number }> = {};
  for (const k of ['appRendered', 'fcp', 'ready'] as const) {
    const xa = r.A.map((x) => x[k]);
    const xb = r.B.map((x) => x[k]);
    out[k] = {
      A: round(median(xa)),
      B: round(median(xb)),
      BoverA: round(median(xb) / median(xa), 3),
      p90A: round(quantile(xa, 0.9)),
      p90B: round(quantile(xb, 0.9)),
    };
  }
  console.log(JSON.stringify({ A, B, runs: RUNS, state: STATE, medians: out, loadBefore, loadAfter: await machineLoad() }, null, 2));
} finally {
  await a.s.close();
  await b.s.close();
}
