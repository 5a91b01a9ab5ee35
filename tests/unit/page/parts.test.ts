// Field watch and hint hosts on a happy-dom document, each on its own (the whole assistant is in
// assistant.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newField, watchFields, type Field } from '../../../utils/page/field-watch';
import { createHintHosts } from '../../../utils/page/hint-host';
import { markOurs } from '../../../utils/page/detect';
import { observeMutations, type PageChanges } from '../../../utils/page/mutations';
import type { HintHandle, HintView } from '../../../utils/page/hint-view';
import { createScheduler } from '../../../utils/page/scheduler';
import type { Scope } from '../../../utils/page/scope';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A plain hint host (the real one is components/hint/mount.ts). */
const view: HintView = ({ doc, id, kind }) => {
  const host = doc.createElement('asistente-clave-hint');
  host.id = id;
  host.setAttribute('data-asistente-field', kind);
  return { host, update: (s) => host.setAttribute('data-asistente-level', s.level), destroy: () => host.remove() };
};

let ctrl: AbortController;
function scope(): Scope {
  ctrl = new AbortController();
  return { doc: document, win: window, signal: ctrl.signal, schedule: createScheduler(window, ctrl.signal), fields: new Map(), alive: () => !ctrl.signal.aborted };
}

beforeEach(() => {
  document.body.innerHTML = '<form><label>Cédula <input id="c"></label><input id="e"><button type="button" id="key">7</button><input id="box" type="checkbox"></form>';
});
afterEach(() => ctrl?.abort());

describe('watchFields', () => {
  function watch(sc: Scope) {
    const input = document.getElementById('c') as HTMLInputElement;
    const field = newField({ input, kind: 'cedula' }, view({ doc: document, id: 'h1', kind: 'cedula', lang: 'es' }), document);
    sc.fields.set(input, field);
    const seen: { value: string; typing: boolean; announceFor?: Field }[] = [];
    const scan = vi.fn();
    watchFields(sc, (announceFor) => seen.push({ value: field.value, typing: field.typing, announceFor }), () => undefined, scan, 10_000, 10);
    return { input, field, seen, scan };
  }

  it('hands each typed value to the check, while the field counts as being typed in', () => {
    const { input, seen } = watch(scope());
    input.focus();
    input.value = '17';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.value = '171';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen.map((s) => [s.value, s.typing])).toEqual([
      ['', true],
      ['17', true],
      ['171', true],
    ]);
  });

  it('leaving to a checkbox ends typing after the leave time and names the field that was left', async () => {
    const { input, field, seen } = watch(scope());
    input.focus();
    input.value = '171';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    (document.getElementById('box') as HTMLInputElement).focus();
    await tick(30);
    expect(field.typing).toBe(false);
    expect(seen.at(-1)).toEqual({ value: '171', typing: false, announceFor: field });
  });

  it('a value set by script during a key click (on-screen keyboard) is read and keeps the field typing', async () => {
    const { input, field, seen, scan } = watch(scope());
    const key = document.getElementById('key')!;
    key.addEventListener('click', () => (input.value += '7'));
    key.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen.at(-1)).toEqual({ value: '7', typing: true, announceFor: undefined });
    await tick(30);
    expect(field.typing).toBe(true);
    expect(scan).not.toHaveBeenCalled(); // a typing click is no reason to rescan
  });

  it('listens no more after the abort', () => {
    const sc = scope();
    const { input, seen } = watch(sc);
    ctrl.abort();
    input.value = '1';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).toEqual([]);
  });
});

describe('createHintHosts', () => {
  function mounted() {
    const sc = scope();
    const root = document.createElement('asistente-clave-root');
    document.documentElement.append(root);
    const hosts = createHintHosts(sc, root, view, 'es');
    const input = document.getElementById('c') as HTMLInputElement;
    input.setAttribute('aria-describedby', 'page-help');
    const hint: HintHandle = hosts.mount({ input, kind: 'cedula' });
    sc.fields.set(input, newField({ input, kind: 'cedula' }, hint, document));
    return { hosts, input, hint, root };
  }

  it('puts the host after the wrapping label and links it after the page’s own description', () => {
    const { input, hint } = mounted();
    expect(input.parentElement!.nextElementSibling).toBe(hint.host);
    expect(input.getAttribute('aria-describedby')).toBe(`page-help ${hint.host.id}`);
  });

  it('puts a removed host back, with its link; a page that keeps removing it is answered later each time', async () => {
    const { hosts, input, hint } = mounted();
    hint.host.remove();
    input.setAttribute('aria-describedby', 'page-help');
    hosts.restore();
    await tick(120);
    expect(hint.host.isConnected).toBe(true);
    expect(input.getAttribute('aria-describedby')).toBe(`page-help ${hint.host.id}`);
    // Removed again right away: a fight. The next restore waits (50 ms, then 100 ms, ...).
    hint.host.remove();
    hosts.restore();
    await tick(20);
    expect(hint.host.isConnected).toBe(false);
    await tick(60);
    expect(hint.host.isConnected).toBe(true);
  });

  it('our own edits (mounting, the page kind on our root) ask for no repair; the page’s own do', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    try {
      const { input, root, hint } = mounted();
      root.setAttribute('data-asistente-page', 'generar-clave');
      await tick();
      // No frame asked for while the page may still load (issue 17): nothing to repair.
      expect(frame).not.toHaveBeenCalled();
      input.setAttribute('aria-describedby', 'page-help');
      await tick(50);
      expect(frame).toHaveBeenCalled();
      expect(input.getAttribute('aria-describedby')).toBe(`page-help ${hint.host.id}`);
    } finally {
      frame.mockRestore();
    }
  });

  it('unmount removes the host and only our link', () => {
    const { hosts, input, hint } = mounted();
    hosts.unmount({ input, hint });
    expect(hint.host.isConnected).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('page-help');
  });
});

describe('observeMutations', () => {
  function observed() {
    ctrl = new AbortController();
    const changes: PageChanges = { added: 0, fullText: false, headingsChanged: false, strays: false, roots: new Set(), labels: false };
    const scan = vi.fn();
    const restore = vi.fn();
    observeMutations(document, ctrl.signal, changes, scan, restore, () => undefined);
    return { changes, scan, restore };
  }

  it('our own element put beside the body (the spoken-hint region) is no change of the page’s: no full scan', async () => {
    const { changes, scan, restore } = observed();
    const ours = document.createElement('asistente-clave-live');
    markOurs(ours);
    document.documentElement.append(ours);
    await tick();
    expect(scan).not.toHaveBeenCalled();
    expect(changes.fullText).toBe(false);
    // Taken away by the page: put back (restore), still no scan of the page.
    ours.remove();
    await tick();
    expect(restore).toHaveBeenCalled();
    expect(scan).not.toHaveBeenCalled();
  });

  it('a page element put beside the body (a swapped body) is a full scan', async () => {
    const { changes, scan } = observed();
    const page = document.createElement('div');
    document.documentElement.append(page);
    await tick();
    expect(scan).toHaveBeenCalledTimes(1);
    expect(changes.fullText).toBe(true);
    page.remove();
  });
});
