/** The content script's own lifetime (utils/lifetime.ts) and the inert WXT context stand-in. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIFE_PORT, extensionLifetime, type RuntimeLike } from '../../utils/lifetime';
import { ContentScriptContext } from '../../utils/wxt-content-context';

/** A runtime whose id can be taken away and whose ports can be dropped, like the browser's. */
function fakeRuntime() {
  const ports: { name: string; drop(): void }[] = [];
  const rt = {
    id: 'ext' as string | undefined,
    connect({ name }: { name: string }) {
      if (!rt.id) throw new Error('Extension context invalidated.');
      const listeners: (() => void)[] = [];
      ports.push({ name, drop: () => listeners.forEach((fn) => fn()) });
      return { onDisconnect: { addListener: (fn: () => void) => void listeners.push(fn) } };
    },
  };
  return { rt: rt as RuntimeLike & { id: string | undefined }, ports };
}

describe('extensionLifetime', () => {
  afterEach(() => vi.useRealTimers());

  it('opens the lifetime port and stays alive while the extension is there', () => {
    const { rt, ports } = fakeRuntime();
    const life = extensionLifetime(() => rt);
    expect(ports.map((p) => p.name)).toEqual([LIFE_PORT]);
    expect(life.alive()).toBe(true);
    expect(life.signal.aborted).toBe(false);
  });

  it('the port drops and the id is gone (reload, update, removal): aborted at once', () => {
    const { rt, ports } = fakeRuntime();
    const life = extensionLifetime(() => rt);
    const aborted = vi.fn();
    life.signal.addEventListener('abort', aborted);
    rt.id = undefined;
    ports[0]!.drop();
    expect(aborted).toHaveBeenCalledTimes(1);
    expect(life.alive()).toBe(false);
  });

  it('the port drops but the id is there (an idle worker stopped): still alive, no new port to wake it', () => {
    vi.useFakeTimers();
    const { rt, ports } = fakeRuntime();
    const life = extensionLifetime(() => rt);
    ports[0]!.drop();
    expect(life.signal.aborted).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(ports).toHaveLength(1);
    expect(life.signal.aborted).toBe(false);
    // The extension goes later: the next check ends it.
    rt.id = undefined;
    expect(life.alive()).toBe(false);
    expect(life.signal.aborted).toBe(true);
  });

  it('the id goes a moment after the port drops (Chrome after a reload): ended by the second look', () => {
    vi.useFakeTimers();
    const { rt, ports } = fakeRuntime();
    const life = extensionLifetime(() => rt, 1000);
    ports[0]!.drop();
    expect(life.signal.aborted).toBe(false);
    rt.id = undefined;
    vi.advanceTimersByTime(1000);
    expect(life.signal.aborted).toBe(true);
  });

  it('no runtime at all, or connect throwing: not alive, no throw', () => {
    expect(extensionLifetime(() => undefined).signal.aborted).toBe(true);
    const { rt } = fakeRuntime();
    rt.id = undefined;
    expect(extensionLifetime(() => rt).alive()).toBe(false);
  });

  it('no page event reaches it: WXT\'s "started" and "location change" events change nothing', () => {
    const { rt } = fakeRuntime();
    const life = extensionLifetime(() => rt);
    // What WXT's own context listens for (and what a page can dispatch).
    new ContentScriptContext('content', {});
    document.dispatchEvent(new CustomEvent('ext:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }));
    window.dispatchEvent(new Event('ext:content:wxt:locationchange'));
    expect(life.alive()).toBe(true);
  });
});

describe('the inert stand-in for WXT\'s content-script context', () => {
  it('listens to nothing and posts nothing to the page', () => {
    const add = vi.spyOn(document, 'addEventListener');
    const addWin = vi.spyOn(window, 'addEventListener');
    const post = vi.spyOn(window, 'postMessage');
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(ctx.contentScriptName).toBe('content');
    expect([add, addWin, post, dispatch].map((s) => s.mock.calls.length)).toEqual([0, 0, 0, 0]);
  });
});
