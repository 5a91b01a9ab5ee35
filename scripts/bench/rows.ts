/** Table rows and budgets (pass/fail, for bench/results.json) of the PrimeFaces page and the popup bundle. */
import type { PfKeysResult } from './pf-keys';
import { HINTS_BUDGET_MS, LOAD_FLOOR_BUDGET, TRACE_GOAL_MS, type PfResult } from './pf';
import type { popupBundle } from './popup-size';
import type { Budget, Row } from './stats';

type Popup = ReturnType<typeof popupBundle>;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const KEY_NAMES = { typed: 'typed keys (InputText)', mask: 'InputMask keys (cédula)', keypad: 'keypad keys (PrimeFaces Keyboard)' } as const;

/** The budgets these rows check: what bench/results.json lists under `budgets`. */
export function pfBudgets(pf: PfResult | undefined, keys: PfKeysResult | undefined): Budget[] {
  const out: Budget[] = [];
  if (pf) {
    out.push({ measure: 'PrimeFaces page load, with / floor (median ratio)', value: pf.load.withOverFloor, unit: 'ratio', budget: `≤ ${LOAD_FLOOR_BUDGET}`, pass: pf.load.withOverFloor <= LOAD_FLOOR_BUDGET });
    out.push({ measure: 'PrimeFaces DOMContentLoaded → every hint (median)', value: pf.dclToHintsMs.p50, unit: 'ms', budget: `≤ ${HINTS_BUDGET_MS}`, pass: pf.dclToHintsMs.p50 <= HINTS_BUDGET_MS });
    out.push({ measure: 'PrimeFaces partial update ("Continuar") → every hint (median)', value: pf.updateToHintsMs.p50, unit: 'ms', budget: `≤ ${HINTS_BUDGET_MS}`, pass: pf.updateToHintsMs.p50 <= HINTS_BUDGET_MS });
    out.push({ measure: 'content script main-thread time per PrimeFaces page load (CDP trace, thread time, median)', value: pf.trace.perPageLoadCpuMs.p50, unit: 'ms', budget: `goal ≤ ${TRACE_GOAL_MS}`, pass: pf.trace.perPageLoadCpuMs.p50 <= TRACE_GOAL_MS });
  }
  for (const [k, v] of Object.entries(keys ?? {})) {
    const p99 = v.extensionPerEvent.p99;
    out.push({
      measure: `value change → hint, ${KEY_NAMES[k as keyof typeof KEY_NAMES]} on PrimeFaces: the extension's own time per key event (trace, p99), hint updated within the event (${v.lateLevelChanges} late)`,
      value: p99,
      unit: 'ms',
      budget: `≤ ${v.budgetP99Ms}, none late`,
      pass: p99 <= v.budgetP99Ms && v.allStepsValid,
    });
  }
  return out;
}

export function pfRows(pf: PfResult | undefined, keys: PfKeysResult | undefined, popup: Popup | undefined, row: Row): string[] {
  const lines: string[] = [];
  if (pf) {
    const l = pf.load;
    lines.push(
      row(
        `PrimeFaces generate page (real PF 8 client): page load with / floor (median of ${pf.runs} interleaved; with / without; floor / without; ms with, floor, without)`,
        `${l.withOverFloor} (${l.withOverWithout}; ${l.floorOverWithout}; ${l.ms.with} / ${l.ms.floor} / ${l.ms.without} ms; +${l.addedOverFloorMs} ms over the floor)`,
        `≤ ${LOAD_FLOOR_BUDGET}`,
        l.withOverFloor <= LOAD_FLOOR_BUDGET,
      ),
    );
    for (const [name, s] of Object.entries(pf.ajaxSteps)) {
      lines.push(
        row(
          `PrimeFaces AJAX step "${name}" (click → new panel → next frame): with / floor (with / without; ms with, floor, without)`,
          `${s.withOverFloor} (${s.withOverWithout}; ${s.ms.with} / ${s.ms.floor} / ${s.ms.without} ms)`,
          '–',
          null,
        ),
      );
    }
    lines.push(row('PrimeFaces DOMContentLoaded → every hint (p50 / p99)', `${pf.dclToHintsMs.p50} / ${pf.dclToHintsMs.p99} ms (n=${pf.dclToHintsMs.n})`, `${HINTS_BUDGET_MS} ms`, pf.dclToHintsMs.p50 <= HINTS_BUDGET_MS));
    const sc = pf.trace.screen;
    lines.push(
      row(
        'PrimeFaces, on screen (CDP trace), from DOMContentLoaded p50: the first paint with every hint (the first paint at all; the floor\'s); the load event (the floor\'s)',
        `${sc.hintsShownMs.p50} ms (${sc.firstPaintMs.p50}; ${sc.floorFirstPaintMs.p50} ms); load ${sc.loadMs.p50} ms (${sc.floorLoadMs.p50} ms); the page painted before DOMContentLoaded in ${pf.paintedBeforeDcl} of ${pf.runs} runs`,
        '–',
        null,
      ),
    );
    lines.push(row('PrimeFaces partial update ("Continuar", 4 fields) → every hint (p50 / p99)', `${pf.updateToHintsMs.p50} / ${pf.updateToHintsMs.p99} ms (n=${pf.updateToHintsMs.n})`, `${HINTS_BUDGET_MS} ms`, pf.updateToHintsMs.p50 <= HINTS_BUDGET_MS));
    const t = pf.trace;
    lines.push(
      row(
        'content script main-thread time (CDP trace) per PrimeFaces page load, thread time p50 / p90 (wall p50; floor; "buscar" step; "continuar" step)',
        `${t.perPageLoadCpuMs.p50} / ${t.perPageLoadCpuMs.p90} ms (injection ${t.loadPartsCpuMs.evaluate}, start ${t.loadPartsCpuMs.start}, later ${t.loadPartsCpuMs.later}; wall ${t.perPageLoadMs.p50}; floor ${t.floorPerPageLoadCpuMs.p50}; buscar ${t.buscarCpuMs.p50}; continuar ${t.continuarCpuMs.p50} ms; n=${t.runs})`,
        `goal ${TRACE_GOAL_MS} ms`,
        t.perPageLoadCpuMs.p50 <= TRACE_GOAL_MS,
      ),
    );
  }
  for (const [k, v] of Object.entries(keys ?? {})) {
    const e = v.extensionPerEvent;
    const inPage = v.allStepsValid
      ? `change → end of its event ${v.all.p50} / ${v.all.p99} ms (n=${v.all.n}; the page alone ${v.pageOwn.p50} / ${v.pageOwn.p99}); level changes ${v.levelChanges.p50} / ${v.levelChanges.p99} ms (n=${v.levelChanges.n})`
      : `LATE: ${v.lateLevelChanges} of ${v.levelChanges.n} level changes came after the event: ${v.levelChanges.p50} / ${v.levelChanges.p99} ms`;
    lines.push(
      row(
        `value change → hint updated, ${KEY_NAMES[k as keyof typeof KEY_NAMES]}, PrimeFaces: the extension's own time per key event (trace) p50 / p99; in the page`,
        `${e.p50} / ${e.p99} ms (n=${e.n}); ${inPage}`,
        'p99 ≤ 1 ms, within the event',
        e.p99 <= v.budgetP99Ms && v.allStepsValid,
      ),
    );
  }
  if (popup) {
    lines.push(
      row(
        'popup bundle (popup.html + its JS; no CSS file: the CSS is inline in popup.html), raw / gzip',
        `html ${kb(popup.html.raw)} / ${kb(popup.html.gzip)}; JS ${kb(popup.js.raw)} / ${kb(popup.js.gzip)} (${popup.js.files.length} files); total ${kb(popup.totalRaw)} / ${kb(popup.totalGzip)}`,
        '–',
        null,
      ),
    );
  }
  return lines;
}
