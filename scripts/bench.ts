/**
 * Performance benchmark in headless Chromium with the built extension (not part of `npm test`).
 *   npm run bench                 # full run (≥ 20 runs per measure)
 *   BENCH_RUNS=5 npm run bench    # quicker
 * Prints a table and writes bench/results.json. Reports medians, p99 and ratios, never one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

process.env.WXT_OUT_DIR ||= '.output-bench';
const ROOT = process.cwd();
const OUT = join(ROOT, process.env.WXT_OUT_DIR);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 20));
const { launchChromium, launchPlainChromium, CHROMIUM_BIN } = await import('../tests/e2e/harness');

// ------------------------------------------------------------------ helpers
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const FIXTURE_URLS: Record<string, string> = {
  'generar-cedula.html': 'https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/',
  'desbloquear.html': 'https://app.iess.gob.ec/iess-gestion-desbloqueo-clave-web/public/desbloquearClave.jsf',
  'actualizar-datos.html': 'https://app.iess.gob.ec/gestion-afiliado-web/app/index',
  'empleador-registro.html': 'https://www.iess.gob.ec/empleador-web/pages/registro.jsf',
  'empleador-login.html': 'https://www.iess.gob.ec/empleador-web/pages/principal.jsf',
  'biess.html': 'https://www.biess.fin.ec/bench/biess.jsf',
};
const fixtureUrl = (file: string) =>
  FIXTURE_URLS[file] ??
  (file.startsWith('generar') || file.startsWith('clave') || file.startsWith('correo')
    ? `https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/pages/${file.replace('.html', '.jsf')}`
    : `https://app.iess.gob.ec/bench/${file.replace('.html', '.jsf')}`);

// ------------------------------------------------------------------ 1. build and size
console.log(`Building into ${OUT} …`);
execFileSync('npx', ['wxt', 'build', '--analyze'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const contentFile = join(OUT, 'chrome-mv3/content-scripts/content.js');
const content = readFileSync(contentFile);
const size = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, budgetGzip: 15 * 1024 };
type Stats = { tree: any; nodeParts: Record<string, { renderedLength: number; metaUid: string }>; nodeMetas: Record<string, { id: string }> };
const contributors: { module: string; bytes: number; share: number }[] = [];
for (const f of readdirSync(join(OUT, 'analysis')).filter((n) => /^stats-\d+\.json$/.test(n))) {
  const stats: Stats = JSON.parse(readFileSync(join(OUT, 'analysis', f), 'utf8'));
  if (!stats.tree.children?.some((c: any) => c.name === 'content-scripts/content.js')) continue;
  const total = Object.values(stats.nodeParts).reduce((n, p) => n + p.renderedLength, 0);
  const byModule = new Map<string, number>();
  for (const part of Object.values(stats.nodeParts)) {
    const id = stats.nodeMetas[part.metaUid]!.id.replace(/^\/node_modules\//, 'npm:').replace(/^\//, '');
    const key = id.startsWith('npm:') ? id.split('/').slice(0, id.startsWith('npm:@') ? 2 : 1).join('/') : id;
    byModule.set(key, (byModule.get(key) ?? 0) + part.renderedLength);
  }
  for (const [module, bytes] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    contributors.push({ module, bytes, share: round(bytes / total, 3) });
  }
}

// ------------------------------------------------------------------ 2. in the browser
const fixtures = readdirSync(join(ROOT, 'tests/fixtures/portal')).filter((f) => f.endsWith('.html'));
const routes = Object.fromEntries(fixtures.map((f) => [fixtureUrl(f), { file: `portal/${f}` }]));
const HINT = '[data-asistente-field]';

// Records, in the page, when DOMContentLoaded fired and when the hint count last changed.
const PROBE = `(() => {
  window.__bench = { dcl: 0, last: 0, count: 0, appRendered: 0 };
  document.addEventListener('DOMContentLoaded', () => { window.__bench.dcl = performance.now(); });
  new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!window.__bench.appRendered && app && app.firstElementChild) window.__bench.appRendered = performance.now();
    const n = document.querySelectorAll('${HINT}').length;
    if (n !== window.__bench.count) { window.__bench.count = n; window.__bench.last = performance.now(); }
  }).observe(document, { subtree: true, childList: true });
})();`;

// tsx (esbuild keepNames) wraps functions in __name(...): functions that Playwright serializes
// into the page need a stand-in.
const KEEP_NAMES = 'globalThis.__name = globalThis.__name || ((f) => f);';
const withExt = await launchChromium(routes);
await withExt.context.addInitScript(KEEP_NAMES);
await withExt.context.addInitScript(PROBE);
// The same browser without the extension, for load-time ratios.
// The same browser, routes and init scripts without the extension: only the extension differs.
const plainSession = await launchPlainChromium(routes);
const plain = plainSession.context;
await plain.addInitScript(KEEP_NAMES);
await plain.addInitScript(PROBE);

async function loadTime(ctx: typeof plain, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await page.close();
  return t;
}

const perFixture: Record<string, any> = {};
for (const file of fixtures) {
  const url = fixtureUrl(file);
  // Hints mounted: time from DOMContentLoaded to the last hint added.
  const mount: number[] = [];
  let hints = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await withExt.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(400); // document_idle + settle
    const b = await page.evaluate(() => (window as any).__bench as { dcl: number; last: number; count: number });
    hints = b.count;
    if (b.count > 0) mount.push(b.last - b.dcl);
    await page.close();
  }
  // Load with and without the extension, interleaved.
  const withT: number[] = [];
  const withoutT: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    withoutT.push(await loadTime(plain, url));
    withT.push(await loadTime(withExt.context as unknown as typeof plain, url));
  }
  perFixture[file] = {
    url,
    hints,
    mountMs: hints ? { median: round(median(mount)), p90: round(quantile(mount, 0.9)) } : null,
    loadRatio: round(median(withT) / median(withoutT), 3),
    loadMs: { with: round(median(withT)), without: round(median(withoutT)), overhead: round(median(withT) - median(withoutT)) },
  };
  console.log(`  ${file}: ${hints} hints`);
}

// ------------------------------------------------------------------ 3. value change → hint level
async function valueChangeLatency(file: string, selector: string, values: string[], byScript: boolean) {
  const page = await withExt.context.newPage();
  await page.goto(fixtureUrl(file), { waitUntil: 'load' });
  await page.waitForSelector(HINT, { state: 'attached' });
  const samples: number[] = await page.evaluate(
    async ({ selector, values, byScript, runs }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const host = () => {
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
        for (const id of ids) {
          const el = id && document.getElementById(id);
          if (el && el.hasAttribute('data-asistente-level')) return el;
        }
        return null;
      };
      const out: number[] = [];
      input.focus();
      for (let r = 0; r < runs; r++) {
        for (const v of values) {
          const h = host();
          if (!h) return out;
          const before = h.getAttribute('data-asistente-level');
          const done = new Promise<number>((resolve) => {
            const mo = new MutationObserver(() => {
              if (h.getAttribute('data-asistente-level') !== before) {
                mo.disconnect();
                resolve(performance.now());
              }
            });
            mo.observe(h, { attributes: true });
            setTimeout(() => {
              mo.disconnect();
              resolve(NaN);
            }, 2000);
          });
          const t0 = performance.now();
          input.value = v;
          if (byScript) input.closest('form')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          else input.dispatchEvent(new Event('input', { bubbles: true }));
          const t1 = await done;
          if (!Number.isNaN(t1)) out.push(t1 - t0);
        }
      }
      return out;
    },
    { selector, values, byScript, runs: RUNS },
  );
  await page.close();
  return { p50: round(quantile(samples, 0.5), 3), p99: round(quantile(samples, 0.99), 3), n: samples.length };
}
const typed = await valueChangeLatency('generar-cedula.html', 'input[type="text"]', ['1714307103', '1714307104', '17143071'], false);
const keyboard = fixtures.includes('generar-clave.html')
  ? await valueChangeLatency('generar-clave.html', 'input[type="password"]', ['abc123', 'abc12!', 'abcdefg1'], true)
  : null;

// ------------------------------------------------------------------ 4. busy page: 5,000 nodes, partial update every 100 ms
const BUSY_URL = 'https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/pages/busy.jsf';
const busyHtml = `<!doctype html><html><head><meta charset="utf-8"><title>Generar / Recuperar clave</title></head><body>
<form id="formGenerar"><table><tbody id="region">
<tr><td><span>Cédula o código:</span></td><td><input id="formGenerar:j_id15" name="formGenerar:j_id15" type="text"></td></tr>
<tr><td><span>Correo electrónico:</span></td><td><input id="formGenerar:j_id16" name="formGenerar:j_id16" type="text"></td></tr>
</tbody></table></form><div id="filler"></div>
<script>
const filler = document.getElementById('filler');
for (let i = 0; i < 5000; i++) { const d = document.createElement('span'); d.textContent = 'n' + i; filler.appendChild(d); }
let k = 0;
setInterval(() => {
  k++;
  const region = document.getElementById('region');
  const row = region.rows[k % 2];
  const clone = row.cloneNode(true);
  clone.querySelector('input').id = 'formGenerar:j_id' + (100 + k);
  row.replaceWith(clone);
  for (let i = 0; i < 50; i++) filler.children[(k * 50 + i) % 5000].textContent = 'u' + k + '-' + i;
}, 100);
</script></body></html>`;
routes[BUSY_URL] = { html: busyHtml } as any;
async function busyShare() {
  const page = await withExt.context.newPage();
  await page.goto(BUSY_URL, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const cdp = await withExt.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(10_000);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const dt: number[] = profile.timeDeltas;
  const byNode = new Map<number, number>();
  profile.samples.forEach((id: number, i: number) => byNode.set(id, (byNode.get(id) ?? 0) + (dt[i] ?? 0)));
  let ext = 0;
  let busy = 0;
  let total = 0;
  for (const node of profile.nodes) {
    const t = byNode.get(node.id) ?? 0;
    total += t;
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    busy += t;
    if (node.callFrame.url.startsWith('chrome-extension://')) ext += t;
  }
  const hintCount = await page.locator(HINT).count();
  await page.close();
  return { extensionMs: round(ext / 1000), busyMs: round(busy / 1000), wallMs: round(total / 1000), shareOfWall: round(ext / total, 4), shareOfBusy: round(ext / Math.max(1, busy), 4), hintsAtEnd: hintCount };
}
const busy = await busyShare();

// ------------------------------------------------------------------ 5. popup first render, content-script heap
const popupFcp: number[] = [];
const popupRender: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const page = await withExt.context.newPage();
  await page.goto(`chrome-extension://${withExt.extensionId}/popup.html`);
  await page.waitForSelector('#app *');
  popupRender.push(await page.evaluate(() => (window as any).__bench.appRendered as number));
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const done = () => {
          const e = performance.getEntriesByName('first-contentful-paint')[0];
          if (e) resolve(e.startTime);
          else setTimeout(done, 20);
        };
        done();
      }),
  );
  popupFcp.push(fcp);
  await page.close();
}
async function heap(ctx: typeof plain, url: string) {
  const xs: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 7); i++) {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as any;
    xs.push(metrics.find((m: any) => m.name === 'JSHeapUsedSize').value);
    await page.close();
  }
  return median(xs);
}
const heapUrl = fixtureUrl('generar-cedula.html');
const heapWith = await heap(withExt.context as unknown as typeof plain, heapUrl);
const heapWithout = await heap(plain, heapUrl);

await withExt.close();
await plainSession.close();

// ------------------------------------------------------------------ report
const mountMedians = Object.values(perFixture).filter((f: any) => f.mountMs).map((f: any) => f.mountMs.median as number);
const ratios = Object.values(perFixture).map((f: any) => f.loadRatio as number);
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  chromium: execFileSync(CHROMIUM_BIN, ['--version'], { encoding: 'utf8' }).trim(),
  contentScript: { ...size, contributors },
  fixtures: perFixture,
  valueChange: { typed, keyboard },
  busyPage: busy,
  /** From navigation start to Preact's first render into #app, and to first contentful paint. */
  popupFirstRenderMs: { median: round(median(popupRender)), p90: round(quantile(popupRender, 0.9)) },
  popupFirstPaintMs: { median: round(median(popupFcp)), p90: round(quantile(popupFcp, 0.9)) },
  contentScriptHeapBytes: Math.round(heapWith - heapWithout),
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

const row = (name: string, value: string, budget: string, ok: boolean | null) =>
  `| ${name} | ${value} | ${budget} | ${ok === null ? '–' : ok ? 'ok' : 'OVER'} |`;
const lines = [
  `| measure | value | budget | |`,
  `|---|---|---|---|`,
  row('content script size (raw / gzip)', `${(size.raw / 1024).toFixed(1)} KB / ${(size.gzip / 1024).toFixed(1)} KB`, '15 KB gzip', size.gzip <= size.budgetGzip),
  row('DOMContentLoaded → all hints (median of fixture medians)', `${round(median(mountMedians))} ms (max ${round(Math.max(...mountMedians))} ms)`, '16 ms', median(mountMedians) <= 16),
  row(
    'page load with / without extension (median ratio; worst; added ms)',
    `${round(median(ratios), 3)} (worst ${round(Math.max(...ratios), 3)}; +${round(median(Object.values(perFixture).map((f: any) => f.loadMs.overhead as number)))} ms)`,
    '≤ 1.02',
    median(ratios) <= 1.02,
  ),
  row('value change → hint level, typed (p50 / p99)', `${typed.p50} / ${typed.p99} ms (n=${typed.n})`, 'p99 ≤ 1 ms', typed.p99 <= 1),
  row('value change → hint level, on-screen keyboard (p50 / p99)', keyboard ? `${keyboard.p50} / ${keyboard.p99} ms (n=${keyboard.n})` : 'n/a', 'p99 ≤ 1 ms', keyboard ? keyboard.p99 <= 1 : null),
  row('5,000-node page, update every 100 ms for 10 s: extension main-thread time', `${busy.extensionMs} ms = ${(busy.shareOfWall * 100).toFixed(2)} % of wall, ${(busy.shareOfBusy * 100).toFixed(1)} % of busy time`, '–', null),
  row('popup first render (median, from navigation start)', `${results.popupFirstRenderMs.median} ms`, '50 ms', results.popupFirstRenderMs.median <= 50),
  row('popup first contentful paint (median)', `${results.popupFirstPaintMs.median} ms`, '–', null),
  row('content-script JS heap (with − without, median)', `${(results.contentScriptHeapBytes / 1024).toFixed(0)} KB`, '–', null),
];
console.log(`\n${lines.join('\n')}\n`);
console.log('Biggest contributors to the content script (rendered bytes before minification):');
for (const c of contributors) console.log(`  ${(c.share * 100).toFixed(1).padStart(5)} %  ${c.module}`);
console.log(`\nPer fixture:`);
for (const [f, r] of Object.entries(perFixture)) console.log(`  ${f}: ${r.hints} hints, mount ${r.mountMs?.median ?? '–'} ms, load ratio ${r.loadRatio}`);
console.log('\nWritten bench/results.json');
