// Field watch and hint hosts on a happy-dom document, each on its own (the whole assistant is in
// assistant.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newField, watchFields, type Field } from '../../../utils/page/field-watch';
import { createHintHosts } from '../../../utils/page/hint-host';
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

  it('unmount removes the host and only our link', () => {
    const { hosts, input, hint } = mounted();
    hosts.unmount({ input, hint });
    expect(hint.host.isConnected).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('page-help');
  });
});
