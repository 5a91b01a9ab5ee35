/**
 * Value change → hint updated on the small portal fixtures (typed keys; an on-screen keyboard that
 * sets the value by script): moved here from scripts/bench.ts unchanged, run by it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { quantile, round } from './stats';

const q3 = (xs: number[], p: number) => round(quantile(xs, p), 3);
const HINT = '[data-asistente-field]';
let ext: BrowserContext;
let RUNS = 20;
let fixtureUrl: (file: string) => string;

/**
 * What is sampled, and why. The hint lives in a closed shadow root: from the page, only the
 * host's attributes can be seen, and `data-asistente-level` moves only when the level does (while
 * a cédula is typed the level stays `empty` and only the text changes: 2 level changes in 20
 * keystrokes). Counting only level changes would leave a few dozen samples, all of one kind.
 * The extension handles a change synchronously inside the event that carries it (the `input`
 * event typed text fires; the `click` an on-screen key fires), so each step is timed from the
 * change to the end of that event's dispatch, when every listener, the extension's included,
 * has returned and the hint (level and text) is updated. That claim is checked, not assumed:
 * a MutationObserver on the host notes when the level attribute moved, and a level that moved
 * only after the dispatch had ended makes that step's sample the time of the new level, counts it
 * as `lateLevelChanges`, and marks `allStepsValid: false` (then only `levelChanges` is reported
 * in the table: same-level steps would be timed too early). The level-change steps alone are
 * reported too. p99 is over all samples, the first one included; `firstMs` is the very first
 * change on each fresh page (the cold case), as median and max over the runs. Resolution: the
 * fixtures are not cross-origin isolated, so Chromium rounds performance.now() to 0.1 ms.
 */
type Step = { t0: number; t1: number; before: string | null; after: string | null; tLevel: number | null; value: string };

/** Installs the step recorder in the page (main world). */
async function installRecorder(page: Page, selector: string) {
  await page.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector)!;
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const host = ids.map((id) => (id ? document.getElementById(id) : null)).find((el) => el?.hasAttribute('data-asistente-level'));
    if (!host) throw new Error(`no hint host for ${selector}`);
    const level = () => host.getAttribute('data-asistente-level');
    const vc = {
      steps: [] as Step[],
      cur: null as Step | null,
      start() {
        vc.cur = { t0: performance.now(), t1: 0, before: level(), after: null, tLevel: null, value: '' };
      },
      end() {
        const s = vc.cur;
        if (!s) return;
        s.t1 = performance.now();
        s.after = level();
        s.value = input.value;
        vc.steps.push(s);
      },
    };
    (window as any).__vc = vc;
    new MutationObserver(() => {
      const s = vc.cur; // the step in progress, or the last one if its level moves late
      if (s && s.tLevel === null && level() !== s.before) s.tLevel = performance.now();
    }).observe(host, { attributes: true, attributeFilter: ['data-asistente-level'] });
    // Typed text: the first listener of `input` (window, capture) and the last (window, bubble,
    // added after the extension's): the extension listens on the document, in between.
    window.addEventListener('input', (e) => e.target === input && vc.start(), true);
    window.addEventListener('input', (e) => e.target === input && vc.end(), false);
  }, selector);
}

function summarize(runs: Step[][], sequence: string[]) {
  const all: number[] = [];
  const changes: number[] = [];
  const first: number[] = [];
  let late = 0;
  let missing = 0;
  for (const steps of runs) {
    if (steps.length !== sequence.length) missing += sequence.length - steps.length;
    steps.forEach((s, i) => {
      const changed = s.after !== s.before || s.tLevel !== null;
      const isLate = changed && s.after === s.before && s.tLevel !== null;
      const ms = isLate ? s.tLevel! - s.t0 : s.t1 - s.t0;
      all.push(ms);
      if (changed) changes.push(ms);
      if (i === 0) first.push(ms);
      if (isLate) late++;
    });
  }
  return {
    p50: q3(all, 0.5),
    p99: q3(all, 0.99),
    max: q3(all, 1),
    n: all.length,
    allStepsValid: late === 0,
    firstMs: { median: q3(first, 0.5), max: q3(first, 1), n: first.length },
    levelChanges: { p50: q3(changes, 0.5), p99: q3(changes, 0.99), n: changes.length },
    lateLevelChanges: late,
    missingSteps: missing,
    stepsPerRun: sequence.length,
    sequence,
  };
}

const GAP_MS = 40; // between steps: a fast typist; lets the extension's deferred work (poll, rAF scan) run

/** Prefixes while typing `text` one character at a time, then while deleting it back to empty. */
const typeThenDelete = (text: string) => [
  ...Array.from(text, (_, i) => text.slice(0, i + 1)),
  ...Array.from(text, (_, i) => text.slice(0, text.length - 1 - i)),
];

async function freshPage(file: string) {
  const page = await ext.newPage();
  await page.goto(fixtureUrl(file), { waitUntil: 'load' });
  await page.waitForSelector(HINT, { state: 'attached' });
  await page.waitForTimeout(300); // the first scan and its rendering are done
  return page;
}

/**
 * The extension's own share of each change, from a CDP trace of the run: per `input` (typed) or
 * `click` (on-screen key) event dispatch, the time inside the extension's listeners (outermost
 * FunctionCall events of a chrome-extension:// script). The page-side timing above is wall-clock
 * and also holds the event dispatch itself and whatever the OS did to the thread meanwhile; this
 * says what the extension's code took. Tracing adds some overhead of its own.
 */
async function traced<T>(page: Page, eventType: string, into: number[], run: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] } });
  const result = await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: any) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X';
  const dispatches = events.filter((e) => onMain(e) && e.name === 'EventDispatch' && e.args?.data?.type === eventType);
  const calls = events
    .filter((e) => onMain(e) && e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const d of dispatches) {
    let total = 0;
    let end = -Infinity;
    for (const c of calls) {
      if (c.ts < d.ts || c.ts + c.dur > d.ts + d.dur || c.ts < end) continue; // outside, or nested
      total += c.dur;
      end = c.ts + c.dur;
    }
    if (total > 0) into.push(total / 1000);
  }
  return result;
}

/** Extra runs, traced, for the listener times only: tracing slows the page, so the timed runs are not traced. */
const TRACED_RUNS = Math.max(3, Math.round(RUNS / 4));
const maybeTraced = <T>(on: boolean, page: Page, eventType: string, into: number[], run: () => Promise<T>) =>
  on ? traced(page, eventType, into, run) : run();

/** Real key presses (trusted events, one character at a time), then Backspace to empty. */
async function typedLatency(file: string, selector: string, text: string) {
  const sequence = typeThenDelete(text);
  const runs: Step[][] = [];
  const extensionMs: number[] = [];
  for (let r = 0; r < RUNS + TRACED_RUNS; r++) {
    const page = await freshPage(file);
    await installRecorder(page, selector);
    await page.focus(selector);
    await page.waitForTimeout(GAP_MS);
    await maybeTraced(r >= RUNS, page, 'input', extensionMs, async () => {
      for (const ch of text) {
        await page.keyboard.type(ch);
        await page.waitForTimeout(GAP_MS);
      }
      for (let i = 0; i < text.length; i++) {
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(GAP_MS);
      }
    });
    const steps = await page.evaluate(() => (window as any).__vc.steps as Step[]);
    if (steps.map((s) => s.value).join('|') !== sequence.join('|')) throw new Error(`typed values differ: ${steps.map((s) => s.value).join(',')}`);
    if (r < RUNS) runs.push(steps); // traced runs only give the listener times
    await page.close();
  }
  return { ...summarize(runs, sequence), extension: extensionSummary(extensionMs) };
}

function extensionSummary(xs: number[]) {
  return { p50: q3(xs, 0.5), p99: q3(xs, 0.99), max: q3(xs, 1), n: xs.length };
}

/**
 * On-screen keyboard: the value is set by script, no key or input event; the click that follows
 * is what the extension sees. As a real click, it starts with pointerdown (the extension compares
 * values from pointerdown to click to tell a key that typed from a click elsewhere), on the pad.
 */
async function keyboardLatency(file: string, selector: string, padSelector: string, sequence: string[]) {
  const runs: Step[][] = [];
  const extensionMs: number[] = [];
  for (let r = 0; r < RUNS + TRACED_RUNS; r++) {
    const page = await freshPage(file);
    await installRecorder(page, selector);
    const steps = await maybeTraced(r >= RUNS, page, 'click', extensionMs, () => page.evaluate(
      async ({ selector, padSelector, sequence, gap }) => {
        const input = document.querySelector<HTMLInputElement>(selector)!;
        const pad: Element = document.querySelector(padSelector) ?? input.form ?? document.body;
        const vc = (window as any).__vc;
        for (const v of sequence) {
          pad.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          // The change is the script setting the value; the clock starts once it is set (the
          // setter's own cost is the browser's: on a password field it alone is ~0.5–1 ms p50
          // here, with or without any extension).
          input.value = v;
          vc.start();
          pad.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          vc.end();
          await new Promise((resolve) => setTimeout(resolve, gap));
        }
        return vc.steps as Step[];
      },
      { selector, padSelector, sequence, gap: GAP_MS },
    ));
    if (r < RUNS) runs.push(steps); // traced runs only give the listener times
    await page.close();
  }
  return { ...summarize(runs, sequence), extension: extensionSummary(extensionMs) };
}


export type PortalKeys = ReturnType<typeof summarize> & { extension: ReturnType<typeof extensionSummary> };

/** Typed keys on generar-cedula.html; the on-screen keyboard on generar-clave.html (when present). */
export async function benchPortalKeys(context: BrowserContext, urlOf: (file: string) => string, runs: number, fixtures: string[]) {
  ext = context;
  fixtureUrl = urlOf;
  RUNS = runs;
  const typed = await typedLatency('generar-cedula.html', 'input[type="text"]', '1714307103');
  // Type a good clave, then wrong characters ("!" is not allowed: an error), take them back, try
  // again, then delete it all.
  const CLAVE = 'abc123xyz';
  const keyboardSequence = [
    ...Array.from(CLAVE, (_, i) => CLAVE.slice(0, i + 1)),
    `${CLAVE}!`,
    `${CLAVE}!!`,
    `${CLAVE}!`,
    CLAVE,
    `${CLAVE}Z`,
    `${CLAVE}Z!`,
    `${CLAVE}Z`,
    CLAVE,
    ...Array.from(CLAVE, (_, i) => CLAVE.slice(0, CLAVE.length - 1 - i)),
  ];
  const keyboard = fixtures.includes('generar-clave.html')
    ? await keyboardLatency('generar-clave.html', 'input[type="password"]', '.teclado', keyboardSequence)
    : null;
  return { typed, keyboard };
}
