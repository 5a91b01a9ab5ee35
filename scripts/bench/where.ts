/**
 * Where the content script's time goes on the PrimeFaces page load (a diagnosis, not a budget):
 *   WXT_OUT_DIR=.output-bench BENCH_RUNS=5 [BENCH_WHERE=steps] npx tsx scripts/bench/where.ts
 * CDP trace per run: inside the extension's outermost calls on the page's main thread, the thread
 * time of each nested event kind (compile, style recalc, layout, parse HTML, GC…) and the rest
 * (script itself); and a CPU profile's self time per function of the extension's scripts.
 * Medians over runs. Prints JSON; writes nothing.
 */
import { join, resolve } from 'node:path';
import { PF_URLS } from '../../tests/e2e/pf-server';
import { routePfSite, tracedFlow } from './pf';
import { isExt, outermost, threadMs, traceRun } from './trace';
import { median, round } from './stats';

const OUT = resolve(process.env.WXT_OUT_DIR ?? '.output-bench');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const { launchChromiumWithExtension } = await import('../../tests/e2e/harness');
const s = await launchChromiumWithExtension(join(OUT, 'chrome-mv3'));
try {
  await routePfSite(s.context);
  // BENCH_WHERE=steps: the whole flow (load, "Buscar", "Continuar"); else the page load alone.
  const load =
    process.env.BENCH_WHERE === 'steps'
      ? tracedFlow
      : async (page: import('playwright-core').Page) => {
          await page.goto(PF_URLS.generate, { waitUntil: 'load' });
          await page.waitForTimeout(500);
        };
  // Warm.
  const warm = await s.context.newPage();
  await load(warm);
  await warm.close();
  const kinds: Record<string, number[]> = {};
  const selfByFn: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    const events = await traceRun(s.context, load);
    const top = outermost(events.filter(isExt));
    const sum: Record<string, number> = {};
    for (const t of top) {
      const key = `${t.pid}:${t.tid}`;
      const inner = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === key && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && !isExt(e));
      for (const e of inner) {
        if (!/UpdateLayoutTree|Layout|ParseHTML|v8.compile|MinorGC|MajorGC|V8.GC|RecalculateStyles|ParseAuthorStyleSheet|v8.parseOnBackground|HitTest|PrePaint|Paint|v8.run/.test(e.name)) continue;
        sum[e.name] = (sum[e.name] ?? 0) + threadMs(e);
      }
      sum[`outer:${t.name}`] = (sum[`outer:${t.name}`] ?? 0) + threadMs(t);
    }
    for (const [k, v] of Object.entries(sum)) (kinds[k] ??= []).push(v);
  }
  // CPU profile (self time per function of extension scripts).
  for (let i = 0; i < RUNS; i++) {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await load(page);
    const { profile } = await cdp.send('Profiler.stop');
    const dt = new Map<number, number>();
    profile.samples?.forEach((id, j) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[j + 1] ?? 0) / 1000));
    const sum: Record<string, number> = {};
    for (const n of profile.nodes) {
      const url = n.callFrame.url;
      if (!url.startsWith('chrome-extension://')) continue;
      const k = `${n.callFrame.functionName || '(anon)'} ${url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      sum[k] = (sum[k] ?? 0) + (dt.get(n.id) ?? 0);
    }
    for (const [k, v] of Object.entries(sum)) (selfByFn[k] ??= []).push(v);
    await page.close();
  }
  const med = (o: Record<string, number[]>) =>
    Object.entries(o)
      .map(([k, v]) => [k, round(median([...v, ...Array(Math.max(0, RUNS - v.length)).fill(0)]), 2)] as const)
      .filter(([, v]) => v > 0.05)
      .sort((a, b) => b[1] - a[1]);
  console.log(JSON.stringify({ runs: RUNS, nestedInExtensionCallsMs: Object.fromEntries(med(kinds)), profileSelfMs: Object.fromEntries(med(selfByFn).slice(0, 40)) }, null, 2));
} finally {
  await s.close();
}
