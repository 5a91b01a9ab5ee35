/**
 * One cancellable frame/timeout scheduler for the assistant (after Dark Reader's
 * `src/utils/throttle.ts`): everything it starts is cancelled when its signal aborts, so
 * teardown is one `abort()`. Plain `setTimeout`/`requestAnimationFrame` underneath.
 */

export interface Pending {
  cancel(): void;
}

/** Call it to run the task once soon; calls before it ran are one run. */
export type Throttled = ((delayMs?: number) => void) & Pending;

export interface Scheduler {
  /** `fn` after `ms`, unless cancelled (or the signal aborted) first. */
  later(fn: () => void, ms: number): Pending;
  /** `fn` every `ms` until cancelled. */
  every(fn: () => void, ms: number): Pending;
  /**
   * `fn` at the next animation frame (batches a burst of calls into one run), or after
   * `fallbackMs` when frames never come (a background tab). `afterPaint`: in the task after that
   * frame, so after its paint. Called with a delay: after that delay instead of a frame.
   */
  throttle(fn: () => void, fallbackMs: number, afterPaint?: boolean): Throttled;
}

const NONE: Pending = { cancel() {} };

export function createScheduler(win: Window, signal: AbortSignal): Scheduler {
  const live = new Set<Pending>();
  signal.addEventListener(
    'abort',
    () => {
      for (const p of [...live]) p.cancel();
    },
    { once: true },
  );

  const timer = (fn: () => void, ms: number, repeat: boolean): Pending => {
    if (signal.aborted) return NONE;
    const id = repeat ? setInterval(fn, ms) : setTimeout(() => (live.delete(p), fn()), ms);
    const p: Pending = {
      cancel() {
        live.delete(p);
        clearTimeout(id);
        clearInterval(id);
      },
    };
    live.add(p);
    return p;
  };
  const later = (fn: () => void, ms: number) => timer(fn, ms, false);

  function throttle(fn: () => void, fallbackMs: number, afterPaint = false): Throttled {
    let queued = false;
    let frame = 0;
    let next: Pending = NONE;
    let fallback: Pending = NONE;
    const cancel = () => {
      queued = false;
      win.cancelAnimationFrame?.(frame);
      next.cancel();
      fallback.cancel();
    };
    const run = () => {
      if (!queued) return;
      cancel();
      fn();
    };
    const request = (delayMs = 0) => {
      if (queued || signal.aborted) return;
      queued = true;
      if (delayMs > 0) {
        fallback = later(run, delayMs);
        return;
      }
      // The frame's callback runs before its paint: the task after it runs after the paint.
      frame = win.requestAnimationFrame?.(() => (afterPaint ? (next = later(run, 0)) : run())) ?? 0;
      fallback = later(run, fallbackMs);
    };
    const t: Throttled = Object.assign(request, { cancel });
    live.add(t);
    return t;
  }

  return { later, every: (fn, ms) => timer(fn, ms, true), throttle };
}
