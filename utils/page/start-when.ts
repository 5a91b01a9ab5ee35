/**
 * When the content script starts its work on a page that is still loading: after the page's load
 * event, and before the browser paints the finished page.
 *
 * Started at DOMContentLoaded (as it was until issue 17), the work ran before the page's load
 * event and delayed it by all of itself and by a frame the browser then painted first: on the
 * PrimeFaces page, DOMContentLoaded → load took 25–30 ms instead of the floor's 4–7
 * (`scripts/bench/inert.ts`, `afterDclMs`). So the work starts in the first of:
 * - a task right after the load event (not inside it: its handlers count toward the page load),
 *   posted ahead of the page's queued timers where the browser can (`scheduler.postTask`,
 *   user-blocking): on the portal, jQuery builds the PrimeFaces widgets in such timers, and the
 *   browser paints only after them;
 * - the first animation frame after DOMContentLoaded (a page still loading images): its callback
 *   runs before that frame's paint.
 * Either way the hints are in the page's first paint after DOMContentLoaded (no shift under the
 * person's eyes; the bench checks it from the trace).
 *
 * A page can dispatch its own `DOMContentLoaded` or `load` while it is still loading: only the
 * document's real state counts. A background tab draws no frames: there the load event starts it.
 */
export function whenPageSettled(win: Window, signal: AbortSignal, run: () => void): void {
  const doc = win.document;
  if (signal.aborted) return;
  if (doc.readyState === 'complete') {
    run();
    return;
  }
  const waiting = new AbortController();
  let frame = 0;
  let timer: AbortController | undefined;
  const stop = () => {
    waiting.abort();
    if (frame) win.cancelAnimationFrame?.(frame);
    timer?.abort();
  };
  signal.addEventListener('abort', stop, { once: true, signal: waiting.signal });
  const go = () => {
    if (waiting.signal.aborted) return;
    stop();
    run();
  };
  const listen = { signal: waiting.signal };
  win.addEventListener('load', () => doc.readyState === 'complete' && !timer && (timer = soon(win, go)), listen);
  const parsed = () => {
    if (doc.readyState !== 'loading' && !frame) frame = win.requestAnimationFrame?.(go) ?? 0;
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed, listen);
  else parsed();
}

interface PostTask {
  postTask(fn: () => void, options: { priority: 'user-blocking'; signal: AbortSignal }): Promise<void>;
}

/**
 * `fn` in a task of its own, ahead of the page's queued timers where the browser can (the
 * portal's widget set-up waits in timers: the hints are in the page before it runs). Cancelled
 * by aborting the returned controller.
 */
function soon(win: Window, fn: () => void): AbortController {
  const cancel = new AbortController();
  const scheduler = (win as Window & { scheduler?: PostTask }).scheduler;
  if (scheduler?.postTask) scheduler.postTask(fn, { priority: 'user-blocking', signal: cancel.signal }).catch(() => undefined);
  else {
    const id = setTimeout(fn, 0);
    cancel.signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
  return cancel;
}
