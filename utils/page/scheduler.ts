/**
 * One cancellable frame/timeout scheduler for the assistant (after Dark Reader's
 * `src/utils/throttle.ts`), bound to the assistant's signal: nothing it was asked to run runs
 * after the abort, so teardown is one `abort()`. Plain `setTimeout`/`requestAnimationFrame`.
 */

export interface Pending {
  cancel(): void;
}

export interface Scheduler {
  /** `fn` after `ms`, unless cancelled or the signal aborted first. */
  later(fn: () => void, ms: number): Pending;
  /**
   * A request function for `fn`: it runs once at the next animation frame (a burst of requests
   * is one run), or after `fallbackMs` when frames never come (a background tab). `afterPaint`:
   * in the task after that frame, so after its paint. Requested with a delay: after that delay,
   * not at a frame. Nothing runs once the signal aborted.
   */
  throttle(fn: () => void, fallbackMs: number, afterPaint?: boolean): (delayMs?: number) => void;
}

export function createScheduler(win: Window, signal: AbortSignal): Scheduler {
  // Bound to the signal: a timer or frame that comes after the abort does nothing.
  const later = (fn: () => void, ms: number): Pending => {
    const id = setTimeout(() => signal.aborted || fn(), ms);
    return { cancel: () => clearTimeout(id) };
  };

  function throttle(fn: () => void, fallbackMs: number, afterPaint?: boolean) {
    let queued = false;
    let frame = 0;
    let next: Pending | undefined;
    let fallback: Pending | undefined;
    const run = () => {
      if (!queued || signal.aborted) return;
      queued = false;
      win.cancelAnimationFrame?.(frame);
      next?.cancel();
      fallback?.cancel();
      fn();
    };
    const request = (delayMs = 0) => {
      if (queued || signal.aborted) return;
      queued = true;
      if (delayMs > 0) fallback = later(run, delayMs);
      else if (afterPaint && win.document.readyState !== 'complete') {
        // While the page still loads, a frame asked for now would be painted before its load
        // event (issue 17): after the page's own first paint instead, which comes after it.
        // A load that never ends (a stalled image) still gets it after `fallbackMs`; a page's own
        // `load` event (untrusted) neither runs it nor puts that time off.
        const onLoad = (e: Event) => {
          if (!queued || !e.isTrusted) return;
          fallback?.cancel();
          queued = false;
          request();
        };
        win.addEventListener('load', onLoad, { once: true, signal });
        fallback = later(run, fallbackMs);
      } else {
        // The frame's callback runs before its paint: the task after it runs after the paint.
        frame = win.requestAnimationFrame?.(() => (afterPaint ? (next = later(run, 0)) : run())) ?? 0;
        fallback = later(run, fallbackMs);
      }
    };
    return request;
  }

  return { later, throttle };
}
