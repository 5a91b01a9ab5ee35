// The assistant's one scheduler: later, frame throttle, cancel and abort semantics.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from '../../../utils/page/scheduler';

/** A window whose frames run only when the test says so; `load()` ends a page still loading. */
function frames(readyState: DocumentReadyState = 'complete') {
  const queue = new Map<number, () => void>();
  let next = 1;
  const events = new EventTarget();
  const document = { readyState };
  const win = Object.assign(events, {
    document,
    requestAnimationFrame: (fn: () => void) => (queue.set(next, fn), next++),
    cancelAnimationFrame: (id: number) => void queue.delete(id),
  }) as unknown as Window;
  const flush = () => {
    const due = [...queue.values()];
    queue.clear();
    for (const fn of due) fn();
  };
  /** The browser's own load event (trusted), or a page's (`forged`). */
  const load = (forged = false) => {
    const event = new Event('load');
    if (!forged) {
      document.readyState = 'complete';
      Object.defineProperty(event, 'isTrusted', { value: true });
    }
    events.dispatchEvent(event);
  };
  return { win, flush, load, pending: () => queue.size };
}

describe('createScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('later runs once after its time; cancel and abort stop it', () => {
    const ctrl = new AbortController();
    const s = createScheduler(frames().win, ctrl.signal);
    const ran: string[] = [];
    s.later(() => ran.push('a'), 10);
    const b = s.later(() => ran.push('b'), 10);
    s.later(() => ran.push('c'), 30);
    b.cancel();
    vi.advanceTimersByTime(9);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a']);
    ctrl.abort();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['a']);
    s.later(() => ran.push('d'), 0);
    vi.advanceTimersByTime(10);
    expect(ran).toEqual(['a']);
  });

  it('throttle: a burst of requests is one run at the next frame, the fallback timer does not run it again', () => {
    const f = frames();
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    const request = s.throttle(fn, 250);
    request();
    request();
    request();
    expect(f.pending()).toBe(1);
    f.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(fn).toHaveBeenCalledTimes(1);
    request();
    f.flush();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('throttle: runs after the fallback time when no frame comes; then the late frame does nothing', () => {
    const f = frames();
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    s.throttle(fn, 250)();
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(f.pending()).toBe(0); // its frame was cancelled
  });

  it('throttle after paint: in the task after the frame, not in the frame', () => {
    const f = frames();
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    s.throttle(fn, 250, true)();
    f.flush();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('throttle after paint while the page loads: no frame asked for before its load event; after it, as usual', () => {
    const f = frames('interactive');
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    const request = s.throttle(fn, 250, true);
    request();
    request();
    // A frame asked for now would be painted before the page's load event (issue 17).
    expect(f.pending()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    f.load();
    expect(f.pending()).toBe(1);
    f.flush();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('throttle after paint while the page loads: a load that never ends still runs it after the fallback time, once', () => {
    const f = frames('interactive');
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    s.throttle(fn, 250, true)();
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    // The load event at last: nothing was still asked for.
    f.load();
    expect(f.pending()).toBe(0);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('throttle after paint while the page loads: a page’s own load event neither runs it nor puts it off', () => {
    const f = frames('interactive');
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    s.throttle(fn, 250, true)();
    vi.advanceTimersByTime(200);
    f.load(true);
    expect(f.pending()).toBe(0);
    expect(fn).not.toHaveBeenCalled();
    // The fallback still runs it 250 ms after the request, not 250 ms after the forged event.
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('throttle without after paint still uses the next frame while the page loads (a fight with the page is answered at once)', () => {
    const f = frames('interactive');
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    s.throttle(fn, 250)();
    expect(f.pending()).toBe(1);
    f.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('throttle with a delay waits that long instead of a frame', () => {
    const f = frames();
    const s = createScheduler(f.win, new AbortController().signal);
    const fn = vi.fn();
    s.throttle(fn, 100)(400);
    expect(f.pending()).toBe(0);
    vi.advanceTimersByTime(399);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('nothing queued runs after the abort, and nothing new is queued', () => {
    const f = frames();
    const ctrl = new AbortController();
    const s = createScheduler(f.win, ctrl.signal);
    const fn = vi.fn();
    const request = s.throttle(fn, 250);
    request();
    ctrl.abort();
    f.flush();
    vi.advanceTimersByTime(1000);
    request();
    f.flush();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
