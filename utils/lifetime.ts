/**
 * The content script's own lifetime, ended only from the extension's side: the runtime's id is
 * gone (the extension was reloaded, updated or removed), checked on every tick and event that
 * asks `alive()`, and at once when a port to the background drops. Never from a page event: a
 * page can forge any DOM event (WXT's "content script started" and "location change" events
 * included), but it cannot take the id away or close the extension's port.
 *
 * A port also drops when an idle MV3 service worker stops: then the id is still there and no new
 * port is opened (reopening would wake the worker every half minute for as long as the page is
 * open); from then on the id checks alone tell. The runtime is passed in (no browser API here).
 */

/** The name of the content script's port; the background accepts it and does nothing else. */
export const LIFE_PORT = 'asistente:life';

interface PortLike {
  onDisconnect: { addListener(fn: () => void): void };
}

/** What is used of `browser.runtime` (a fake in tests). */
export interface RuntimeLike {
  readonly id?: string;
  connect(info: { name: string }): PortLike;
}

export interface Lifetime {
  /** Aborted once, when the extension is gone. */
  signal: AbortSignal;
  /** False (and the signal aborted) once the extension is gone. */
  alive(): boolean;
}

export function extensionLifetime(runtime: () => RuntimeLike | undefined, recheckMs = 1000): Lifetime {
  const life = new AbortController();
  const { signal } = life;
  const alive = () => {
    if (!signal.aborted && !runtime()?.id) life.abort();
    return !signal.aborted;
  };
  if (alive()) {
    try {
      // Dropped: the extension is gone or its idle worker stopped (the id stays). Chrome may take
      // the id away a moment after the port drops: looked at again a second later.
      runtime()!.connect({ name: LIFE_PORT }).onDisconnect.addListener(() => alive() && setTimeout(alive, recheckMs));
    } catch {
      alive();
    }
  }
  return { signal, alive };
}
