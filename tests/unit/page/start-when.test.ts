// When the content script starts on a loading page: the first of "a task after the real load
// event" and "the first frame after the real DOMContentLoaded"; never on a page-made event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenPageSettled } from '../../../utils/page/start-when';

type State = DocumentReadyState;

/** A window and document whose ready state, events and frames the test drives. */
function page(initial: State) {
  const doc = Object.assign(new EventTarget(), { readyState: initial });
  const win = new EventTarget() as EventTarget & Partial<Window>;
  const frames = new Map<number, () => void>();
  let next = 1;
  Object.assign(win, {
    document: doc,
    requestAnimationFrame: (fn: () => void) => (frames.set(next, fn), next++),
    cancelAnimationFrame: (id: number) => void frames.delete(id),
  });
  return {
    win: win as Window,
    /** The browser's own step: the state changes, then its event. */
    reach(state: State) {
      doc.readyState = state;
      if (state === 'interactive') doc.dispatchEvent(new Event('DOMContentLoaded'));
      if (state === 'complete') win.dispatchEvent(new Event('load'));
    },
    /** A page script's event, with the document still loading. */
    forge: () => {
      doc.dispatchEvent(new Event('DOMContentLoaded'));
      win.dispatchEvent(new Event('load'));
    },
    frame() {
      const due = [...frames.values()];
      frames.clear();
      for (const fn of due) fn();
    },
    frames: () => frames.size,
  };
}

describe('whenPageSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a parsed and loaded page: at once', () => {
    const p = page('complete');
    const run = vi.fn();
    whenPageSettled(p.win, new AbortController().signal, run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('load before the first frame: in the task after the load event, not inside it, and once', () => {
    const p = page('loading');
    const run = vi.fn();
    whenPageSettled(p.win, new AbortController().signal, run);
    p.reach('interactive');
    expect(run).not.toHaveBeenCalled();
    expect(p.frames()).toBe(1);
    p.reach('complete');
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    // The frame it no longer needs was given back; nothing runs it twice.
    expect(p.frames()).toBe(0);
    p.frame();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('where the browser has scheduler.postTask: a user-blocking task (ahead of the page timers), given back on abort', () => {
    const p = page('loading');
    const tasks: { fn: () => void; priority: string; signal: AbortSignal }[] = [];
    Object.assign(p.win, {
      scheduler: {
        postTask: (fn: () => void, o: { priority: string; signal: AbortSignal }) => (tasks.push({ fn, ...o }), new Promise(() => undefined)),
      },
    });
    const run = vi.fn();
    const ctrl = new AbortController();
    whenPageSettled(p.win, ctrl.signal, run);
    p.reach('interactive');
    p.reach('complete');
    expect(tasks.map((t) => t.priority)).toEqual(['user-blocking']);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    tasks[0]!.fn();
    expect(run).toHaveBeenCalledTimes(1);

    // Aborted while the task waits: the task's own signal is aborted (the browser drops it).
    const q = page('loading');
    Object.assign(q.win, { scheduler: (p.win as unknown as { scheduler: unknown }).scheduler });
    const other = new AbortController();
    whenPageSettled(q.win, other.signal, run);
    q.reach('interactive');
    q.reach('complete');
    expect(tasks).toHaveLength(2);
    expect(tasks[1]!.signal.aborted).toBe(false);
    other.abort();
    expect(tasks[1]!.signal.aborted).toBe(true);
    tasks[1]!.fn();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a page still loading images: in the first frame after DOMContentLoaded', () => {
    const p = page('loading');
    const run = vi.fn();
    whenPageSettled(p.win, new AbortController().signal, run);
    p.reach('interactive');
    p.frame();
    expect(run).toHaveBeenCalledTimes(1);
    p.reach('complete');
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('injected after DOMContentLoaded: the next frame', () => {
    const p = page('interactive');
    const run = vi.fn();
    whenPageSettled(p.win, new AbortController().signal, run);
    expect(run).not.toHaveBeenCalled();
    p.frame();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("a page's own DOMContentLoaded and load while it is still loading start nothing", () => {
    const p = page('loading');
    const run = vi.fn();
    whenPageSettled(p.win, new AbortController().signal, run);
    p.forge();
    expect(p.frames()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    p.reach('interactive');
    p.forge();
    expect(p.frames()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    p.frame();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('an abort before it starts: nothing runs and nothing stays queued', () => {
    const p = page('loading');
    const run = vi.fn();
    const ctrl = new AbortController();
    whenPageSettled(p.win, ctrl.signal, run);
    p.reach('interactive');
    ctrl.abort();
    expect(p.frames()).toBe(0);
    p.reach('complete');
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    whenPageSettled(p.win, ctrl.signal, run);
    expect(run).not.toHaveBeenCalled();
  });
});
