/**
 * The scaling rows of the hardening issue (19 §5) for `npm run bench` (scripts/bench.ts runs
 * them): cost that must not grow with the page. Interleaved runs with and without the extension,
 * medians and ratios, never one run.
 *   - 5,000 labelled inputs: page load with / without ≤ 1.5 (beyond 2,000 inputs the assistant
 *     stays quiet); 2,000 (the most it still scans) reported next to it, no budget.
 *   - 100 inputs whose labels hold 100 KB each and a clock changing the body's text every 100 ms:
 *     main-thread round trip (a `page.evaluate` every 50 ms for 5 s) p50 ≤ 30 ms. Twice: the
 *     100 KB laid out (visible, clipped) and not laid out (display: none inside the label), so the
 *     browser's own layout of 10 MB of text can be told from the extension's work.
 * Alone, on an existing build (no rebuild, quicker): `BENCH_RUNS=5 npx tsx scripts/bench-scale.ts`
 * merges its result into bench/results.json as `scale`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { PORTAL_URLS } from '../utils/portal/pages';
import type { Routes } from '../tests/e2e/harness';
import { interleaved, quantile, round } from './bench/stats';

const BASE = `${PORTAL_URLS.generate}pages/`;
const LOAD_BUDGET = 1.5;
const RTT_BUDGET_MS = 30;
const RTT_WINDOW_MS = 5000;
const RTT_EVERY_MS = 50;

const WORDS = ['Cédula o código', 'Correo electrónico', 'Confirmar correo', 'Número de celular', 'Observación', 'Dirección'];

/** A form of `n` rows, each a label and its input (static markup, like a server-rendered page). */
function manyInputsHtml(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(`<tr><td><label for="f:i${i}">${WORDS[i % WORDS.length]} ${i}</label></td><td><input id="f:i${i}" name="f:i${i}" type="text"></td></tr>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Generar / Recuperar clave</title></head><body>
<h1>Generar / Recuperar clave</h1><form id="f"><table><tbody>${rows.join('\n')}</tbody></table></form></body></html>`;
}

/** 100 inputs, 100 KB in each label, a clock in the body every 100 ms (built by the page's script). */
function heavyLabelsHtml(laidOut: boolean): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Generar / Recuperar clave</title>
<style>${laidOut ? 'label { display: block; max-height: 2.6em; overflow: hidden; }' : 'label .mas { display: none; }'}</style></head><body>
<h1>Generar / Recuperar clave</h1><p>Hora: <span id="clock">0</span></p>
<form id="f"><table><tbody id="rows"></tbody></table></form>
<script>
const filler = ' Texto informativo del formulario.'.repeat(3000);
const rows = document.getElementById('rows');
const words = ${JSON.stringify(WORDS)};
for (let i = 0; i < 100; i++) {
  const tr = rows.appendChild(document.createElement('tr'));
  const label = tr.appendChild(document.createElement('td')).appendChild(document.createElement('label'));
  label.htmlFor = 'f:i' + i;
  label.textContent = words[i % words.length] + ' ' + i;
  const more = label.appendChild(document.createElement('span'));
  more.className = 'mas';
  more.textContent = filler;
  const input = tr.appendChild(document.createElement('td')).appendChild(document.createElement('input'));
  input.id = input.name = 'f:i' + i;
}
const clock = document.getElementById('clock');
let t = 0;
setInterval(() => { clock.textContent = new Date(++t * 100).toISOString().slice(11, 21); }, 100);
</script></body></html>`;
}

const URLS = {
  inputs5000: `${BASE}escala-5000.jsf`,
  inputs2000: `${BASE}escala-2000.jsf`,
  heavyLaidOut: `${BASE}escala-reloj-visible.jsf`,
  heavyHidden: `${BASE}escala-reloj-oculto.jsf`,
};

/** Adds the scale pages to the routes (looked up per request: fine after launch too). */
export function addScaleRoutes(routes: Routes): void {
  routes[URLS.inputs5000] = { html: manyInputsHtml(5000) };
  routes[URLS.inputs2000] = { html: manyInputsHtml(2000) };
  routes[URLS.heavyLaidOut] = { html: heavyLabelsHtml(true) };
  routes[URLS.heavyHidden] = { html: heavyLabelsHtml(false) };
}


async function loadMs(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await page.close();
  return t;
}

/** Round trips to the page's main thread every RTT_EVERY_MS for RTT_WINDOW_MS, after it settled. */
async function roundTrips(ctx: BrowserContext, url: string): Promise<{ rtt: number[]; hints: number }> {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(1000);
  const rtt: number[] = [];
  const end = Date.now() + RTT_WINDOW_MS;
  while (Date.now() < end) {
    const t0 = performance.now();
    await page.evaluate('0');
    rtt.push(performance.now() - t0);
    await page.waitForTimeout(RTT_EVERY_MS);
  }
  const hints = await page.locator('[data-asistente-field]').count();
  await page.close();
  return { rtt, hints };
}

async function loadRow(ext: BrowserContext, plain: BrowserContext, url: string, runs: number) {
  const r = await interleaved(runs, [
    ['without', () => loadMs(plain, url)],
    ['with', () => loadMs(ext, url)],
  ]);
  const w = quantile(r.with, 0.5);
  const wo = quantile(r.without, 0.5);
  return { runs, loadMs: { with: round(w), without: round(wo), added: round(w - wo) }, ratio: round(w / wo, 3) };
}

async function rttRow(ext: BrowserContext, plain: BrowserContext, url: string, rounds: number) {
  const r = await interleaved(rounds, [
    ['without', () => roundTrips(plain, url)],
    ['with', () => roundTrips(ext, url)],
  ]);
  const all = (k: 'with' | 'without') => r[k].flatMap((x) => x.rtt);
  const stat = (xs: number[]) => ({ p50: round(quantile(xs, 0.5)), p90: round(quantile(xs, 0.9)), max: round(Math.max(...xs)), n: xs.length });
  const w = stat(all('with'));
  const wo = stat(all('without'));
  return { rounds, windowMs: RTT_WINDOW_MS, everyMs: RTT_EVERY_MS, with: w, without: wo, p50Ratio: round(w.p50 / wo.p50, 3), hints: Math.max(...r.with.map((x) => x.hints)) };
}

export type ScaleResult = Awaited<ReturnType<typeof benchScale>>;

/** The scaling rows; `runs` loads per browser for the load rows, runs/4 (at least 3) 5 s windows for the clock rows. */
export async function benchScale(ext: BrowserContext, plain: BrowserContext, runs: number) {
  const rounds = Math.max(3, Math.round(runs / 4));
  const inputs5000 = await loadRow(ext, plain, URLS.inputs5000, runs);
  console.log(`  5,000 inputs: load ratio ${inputs5000.ratio}`);
  const inputs2000 = await loadRow(ext, plain, URLS.inputs2000, runs);
  console.log(`  2,000 inputs: load ratio ${inputs2000.ratio}`);
  const clockLaidOut = await rttRow(ext, plain, URLS.heavyLaidOut, rounds);
  console.log(`  clock + 100 KB labels (laid out): round trip p50 ${clockLaidOut.with.p50} ms (without ${clockLaidOut.without.p50} ms)`);
  const clockHidden = await rttRow(ext, plain, URLS.heavyHidden, rounds);
  console.log(`  clock + 100 KB labels (not laid out): round trip p50 ${clockHidden.with.p50} ms (without ${clockHidden.without.p50} ms)`);
  return {
    budgets: { loadRatio5000: LOAD_BUDGET, roundTripP50Ms: RTT_BUDGET_MS },
    inputs5000,
    inputs2000,
    clockLaidOut,
    clockHidden,
  };
}

/** Table rows in the format of scripts/bench.ts. */
export function scaleRows(s: ScaleResult, row: (name: string, value: string, budget: string, ok: boolean | null) => string): string[] {
  const rtt = (r: ScaleResult['clockHidden']) =>
    `${r.with.p50} ms (p90 ${r.with.p90}; without ${r.without.p50} ms, ratio ${r.p50Ratio}; ${r.hints} hints; n=${r.with.n})`;
  return [
    row('5,000 labelled inputs: page load with / without (median ratio; added ms)', `${s.inputs5000.ratio} (${s.inputs5000.loadMs.added} ms)`, `≤ ${LOAD_BUDGET}`, s.inputs5000.ratio <= LOAD_BUDGET),
    row('2,000 labelled inputs (the most still scanned): page load with / without', `${s.inputs2000.ratio} (${s.inputs2000.loadMs.added} ms)`, '–', null),
    row('100 inputs with 100 KB labels (laid out) + 100 ms clock: main-thread round trip p50 over 5 s', rtt(s.clockLaidOut), `≤ ${RTT_BUDGET_MS} ms`, s.clockLaidOut.with.p50 <= RTT_BUDGET_MS),
    row('100 inputs with 100 KB labels (not laid out) + 100 ms clock: main-thread round trip p50 over 5 s', rtt(s.clockHidden), `≤ ${RTT_BUDGET_MS} ms`, s.clockHidden.with.p50 <= RTT_BUDGET_MS),
  ];
}

// Alone: measure the existing build and merge into bench/results.json.
if (process.argv[1]?.endsWith('bench-scale.ts')) {
  const { launchChromium, launchPlainChromium } = await import('../tests/e2e/harness');
  const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 20));
  const routes: Routes = {};
  addScaleRoutes(routes);
  const withExt = await launchChromium(routes);
  const plain = await launchPlainChromium(routes);
  try {
    const scale = await benchScale(withExt.context, plain.context, runs);
    const file = join(process.cwd(), 'bench/results.json');
    const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    results.scale = { date: new Date().toISOString(), runs, ...scale };
    mkdirSync(join(process.cwd(), 'bench'), { recursive: true });
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    const row = (name: string, value: string, budget: string, ok: boolean | null) => `| ${name} | ${value} | ${budget} | ${ok === null ? '–' : ok ? 'ok' : 'OVER'} |`;
    console.log(['', '| measure | value | budget | |', '|---|---|---|---|', ...scaleRows(scale, row), '', 'Written bench/results.json (scale)'].join('\n'));
  } finally {
    await withExt.close();
    await plain.close();
  }
}
