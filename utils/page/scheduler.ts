/**
 * One cancellable frame/timeout scheduler for the assistant (after Dark Reader's
 * `src/utils/throttle.ts`): everything it starts is cancelled when its signal aborts, so
 * teardown is one `abort()`. Plain `setTimeout`/`requestAnimationFrame` underneath.
 */

export interface Pending {
  cancel(): void;
}

export interface Scheduler {
  /** `fn` after `ms`, unless cancelled (or the signal aborted) first. */
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
  const live = new Set<Pending>();
  signal.addEventListener('abort', () => live.forEach((p) => p.cancel()), { once: true });

  const later = (fn: () => void, ms: number): Pending => {
    const id = setTimeout(() => (live.delete(p), fn()), ms);
    const p = {
      cancel() {
        live.delete(p);
        clearTimeout(id);
      },
    };
    if (signal.aborted) p.cancel();
    else live.add(p);
    return p;
  };

  function throttle(fn: () => void, fallbackMs: number, afterPaint?: boolean) {
    let queued = false;
    let frame = 0;
    const pending: Pending[] = [];
    const run = () => {
      if (!queued) return;
      queued = false;
      win.cancelAnimationFrame?.(frame);
      for (const p of pending.splice(0)) p.cancel();
      fn();
    };
    return (delayMs = 0) => {
      if (queued || signal.aborted) return;
      queued = true;
      if (delayMs > 0) pending.push(later(run, delayMs));
      else {
        // The frame's callback runs before its paint: the task after it runs after the paint.
        frame = win.requestAnimationFrame?.(() => (afterPaint ? pending.push(later(run, 0)) : run())) ?? 0;
        pending.push(later(run, fallbackMs));
      }
    };
  }

  return { later, throttle };
}
