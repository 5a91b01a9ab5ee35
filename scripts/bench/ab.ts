/**
 * Interleaved A/B of two builds on the PrimeFaces page (issue 17's "ideas worth measuring"):
 *   BENCH_A=.output-bench BENCH_B=.output-ab BENCH_RUNS=12 npx tsx scripts/bench/ab.ts
 * Each round runs A and B in a rotating order: the content script's main-thread time per page load
 * and per AJAX step (CDP trace, thread time), page load, and the first value change on a fresh page
 * (typed keys and InputMask keys). Medians; B / A ratios. Prints JSON; writes nothing.
 */
import { join, resolve } from 'node:path';
import { contentScriptTime } from './trace';
import { firstChange } from './pf-keys';
import { flow, routePfSite, tracedFlow } from './pf';
import { interleaved, median, round } from './stats';

const A = resolve(process.env.BENCH_A ?? '.output-bench');
const B = resolve(process.env.BENCH_B ?? '.output-ab');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 12));
const { launchChromiumWithExtension } = await import('../../tests/e2e/harness');
const KEEP_NAMES = 'globalThis.__name = globalThis.__name || ((f) => f);';

const a = await launchChromiumWithExtension(join(A, 'chrome-mv3'));
const b = await launchChromiumWithExtension(join(B, 'chrome-mv3'));
try {
  for (const s of [a, b]) await s.context.addInitScript(KEEP_NAMES);
  await routePfSite(a.context, b.context);
  // Warm both (files read, caches filled alike).
  for (const s of [a, b]) await flow(s.context);
  const measure = async (ctx: typeof a.context) => {
    const t = await contentScriptTime(ctx, tracedFlow);
    const f = await flow(ctx);
    const typed = await firstChange(ctx, 'typed');
    const mask = await firstChange(ctx, 'mask');
    return { shownAfterDcl: t.hintsShownAfterDclMs, paintAfterDcl: t.paintAfterDclMs, loadAfterDcl: t.loadAfterDclMs, cpuLoad: t.cpu.load ?? 0, cpuSteps: (t.cpu.buscar ?? 0) + (t.cpu.continuar ?? 0), wallLoad: t.phases.load ?? 0, loadMs: f.loadMs, dclToHints: f.dclToHintsMs ?? NaN, dclToPaint: f.dclToPaintMs, hintsInFirstPaint: f.hintsInFirstPaint ? 1 : 0, typed, mask };
  };
  const r = await interleaved(RUNS, [
    ['A', () => measure(a.context)],
    ['B', () => measure(b.context)],
  ]);
  type M = Awaited<ReturnType<typeof measure>>;
  const keys = Object.keys(r.A[0]!) as (keyof M)[];
  const out: Record<string, { A: number; B: number; BoverA: number }> = {};
  for (const k of keys) {
    const ma = median(r.A.map((x) => x[k]));
    const mb = median(r.B.map((x) => x[k]));
    out[k] = { A: round(ma, 3), B: round(mb, 3), BoverA: round(mb / ma, 3) };
  }
  console.log(JSON.stringify({ A, B, runs: RUNS, medians: out }, null, 2));
} finally {
  await a.close();
  await b.close();
}
