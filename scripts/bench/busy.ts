/** A busy page: 5,000 nodes, a partial update every 100 ms; the extension's share of the main thread (CPU profile). Moved from scripts/bench.ts. */
import type { BrowserContext } from 'playwright-core';
import { PORTAL_URLS } from '../../utils/portal/pages';
import type { Routes } from '../../tests/e2e/harness';
import { round } from './stats';

const HINT = '[data-asistente-field]';
const BUSY_URL = `${PORTAL_URLS.generate}pages/busy.jsf`;
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
export const addBusyRoute = (routes: Routes) => {
  routes[BUSY_URL] = { html: busyHtml };
};
export async function busyShare(ext: BrowserContext) {
  const page = await ext.newPage();
  await page.goto(BUSY_URL, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const cdp = await ext.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(10_000);
  const { profile } = await cdp.send('Profiler.stop');
  // The protocol marks both optional; Chromium always sends them after a started profile.
  const dt: number[] = profile.timeDeltas ?? [];
  const byNode = new Map<number, number>();
  (profile.samples ?? []).forEach((id: number, i: number) => byNode.set(id, (byNode.get(id) ?? 0) + (dt[i] ?? 0)));
  let extMs = 0;
  let busy = 0;
  let total = 0;
  for (const node of profile.nodes) {
    const t = byNode.get(node.id) ?? 0;
    total += t;
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    busy += t;
    if (node.callFrame.url.startsWith('chrome-extension://')) extMs += t;
  }
  const hintCount = await page.locator(HINT).count();
  await page.close();
  return {
    extensionMs: round(extMs / 1000),
    busyMs: round(busy / 1000),
    wallMs: round(total / 1000),
    shareOfWall: round(extMs / total, 4),
    shareOfBusy: round(extMs / Math.max(1, busy), 4),
    hintsAtEnd: hintCount,
  };
}

