/**
 * The content script's own main-thread time, from a CDP trace (Tracing over playwright's CDP
 * session). On the page's renderer main thread (the thread of the page's own `console.timeStamp`
 * marks), every complete event whose script URL is an extension's (`chrome-extension://…`:
 * EvaluateScript when the content script is injected, v8.compile, FunctionCall for its listeners,
 * observers, timers and frames) is taken, nested ones once (union of intervals). What V8 runs as
 * microtasks (promise callbacks) carries no URL and is not counted; forced style and layout inside
 * the extension's calls are. Tracing itself slows the page a little.
 *
 * Phases: the time before the first `pf:…` mark is the page load; each mark starts a phase named
 * by PHASES[message]. Both wall time and thread (CPU) time are given.
 */
import type { BrowserContext, Page } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, when the platform gives it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; message?: string; type?: string } };
}

const PHASES: Record<string, string> = { 'pf:formGenerar:btnBuscar': 'buscar', 'pf:formGenerar:btnContinuar': 'continuar' };

/** Runs `run` on a new page under a trace; the page's trace events. */
export async function traceRun(ctx: BrowserContext, run: (page: Page) => Promise<void>): Promise<TraceEvent[]> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await run(page);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return events;
}

export async function contentScriptTime(ctx: BrowserContext, run: (page: Page) => Promise<void>) {
  return attribute(await traceRun(ctx, run));
}

/** A complete event of an extension's script (its URL is `chrome-extension://…`). */
export const isExt = (e: TraceEvent) => e.ph === 'X' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://');
/** An event's thread (CPU) time in ms, never more than its wall time. */
export const threadMs = (e: TraceEvent) => Math.min(e.tdur ?? e.dur ?? 0, e.dur ?? 0) / 1000;

/** The outermost intervals of `events`, in time order: nested ones are dropped, overlaps clipped. */
export function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      outer.push(e);
      end = e.ts + (e.dur ?? 0);
    } else if (e.ts + (e.dur ?? 0) > end) {
      // Overlapping but not nested (rare): count only the part past the current end.
      outer.push({ ...e, ts: end, dur: e.ts + (e.dur ?? 0) - end });
      end = e.ts + (e.dur ?? 0);
    }
  }
  return outer;
}

/**
 * Per dispatch of an event of `types` on the page's main thread: the thread time of the
 * extension's outermost calls inside it (its listeners), for dispatches where it ran at all.
 */
export function perDispatch(events: TraceEvent[], types: readonly string[]): number[] {
  const dispatches = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && types.includes(String((e.args?.data as { type?: string })?.type)));
  const threads = new Set(dispatches.map((d) => `${d.pid}:${d.tid}`));
  const calls = events.filter((e) => isExt(e) && threads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: number[] = [];
  for (const d of dispatches) {
    let total = 0;
    let end = -Infinity;
    for (const c of calls) {
      if (c.pid !== d.pid || c.tid !== d.tid || c.ts < d.ts || c.ts + (c.dur ?? 0) > d.ts + (d.dur ?? 0) || c.ts < end) continue;
      total += threadMs(c);
      end = c.ts + (c.dur ?? 0);
    }
    if (total > 0) out.push(total);
  }
  return out;
}

function attribute(events: TraceEvent[]) {
  const marks = events.filter((e) => e.name === 'TimeStamp' && PHASES[e.args?.data?.message ?? '']).sort((a, b) => a.ts - b.ts);
  const main = marks[0] ?? events.find((e) => e.name === 'TimeStamp');
  const onMain = (e: TraceEvent) => (main ? e.pid === main.pid && e.tid === main.tid : true);
  const outer = outermost(events.filter((e) => isExt(e) && onMain(e)));
  const phaseAt = (ts: number) => {
    let name = 'load';
    for (const m of marks) if (m.ts <= ts) name = PHASES[m.args!.data!.message!]!;
    return name;
  };
  // Wall time (dur) and thread time (tdur: the CPU time of the thread; wall time also holds the
  // moments the OS gave the CPU to other processes, many on a loaded 2-core machine).
  const phases: Record<string, number> = { load: 0 };
  const cpu: Record<string, number> = { load: 0 };
  const byKind: Record<string, number> = {};
  // The page load's thread time in parts: the script's injection (compile and top level), its
  // start (its longest call: the one that scans and mounts the hints), and every other call.
  const loadParts = { evaluate: 0, start: 0, later: 0 };
  const startCall = outer
    .filter((e) => e.name === 'FunctionCall' && phaseAt(e.ts) === 'load')
    .reduce<TraceEvent | undefined>((a, e) => (!a || threadMs(e) > threadMs(a) ? e : a), undefined);
  for (const e of outer) {
    const ms = (e.dur ?? 0) / 1000;
    const p = phaseAt(e.ts);
    if (p === 'load') loadParts[e.name !== 'FunctionCall' ? 'evaluate' : e === startCall ? 'start' : 'later'] += threadMs(e);
    phases[p] = (phases[p] ?? 0) + ms;
    cpu[p] = (cpu[p] ?? 0) + threadMs(e);
    byKind[e.name] = Math.round(((byKind[e.name] ?? 0) + ms) * 1000) / 1000;
  }
  return { phases, cpu, loadParts, byKind, events: outer.length, ...onScreen(events, onMain, startCall) };
}

/**
 * When things were first on screen, from DOMContentLoaded (trace, so nothing in the page is
 * changed to see it): the first paint (a `Paint` on the page's main thread) after the end of
 * `mount`, the extension's call that scans and mounts the hints (the load's start part: hints
 * shown); the first paint after DOMContentLoaded at all; and the load event.
 */
function onScreen(events: TraceEvent[], onMain: (e: TraceEvent) => boolean, mount: TraceEvent | undefined) {
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && (e.args?.data as { isMainFrame?: boolean })?.isMainFrame);
  if (!dcl) return { hintsShownAfterDclMs: NaN, paintAfterDclMs: NaN, loadAfterDclMs: NaN };
  const paints = events.filter((e) => e.name === 'Paint' && onMain(e)).map((e) => e.ts).sort((a, b) => a - b);
  const after = (ts: number) => paints.find((p) => p >= ts);
  const ms = (ts: number | undefined) => (ts === undefined ? NaN : (ts - dcl.ts) / 1000);
  const load = events.find((e) => e.name === 'MarkLoad' && (e.args?.data as { isMainFrame?: boolean })?.isMainFrame);
  return {
    hintsShownAfterDclMs: mount ? ms(after(mount.ts + (mount.dur ?? 0))) : NaN,
    paintAfterDclMs: ms(after(dcl.ts)),
    loadAfterDclMs: ms(load?.ts),
  };
}
