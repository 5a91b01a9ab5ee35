import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Presenter } from '../../../../components/presenter/Presenter';

afterEach(() => {
  cleanup();
  document.body.textContent = '';
});

/** A page with its own keydown listener, like the portal's scripts. */
function pageWithListener() {
  const page = document.createElement('div');
  page.innerHTML = '<input id="f"><textarea id="t"></textarea><div class="keypad-popup"><button type="button" id="k">a</button></div><button id="b">Buscar</button>';
  document.body.append(page);
  const heard: string[] = [];
  document.addEventListener('keydown', (e) => heard.push(`${(e.target as Element).id}:${e.key}`));
  return heard;
}

function mount(onExit = vi.fn(), onIndex = vi.fn()) {
  const steps = [
    { caption: 'Uno', target: () => document.getElementById('f') },
    { caption: 'Dos', target: () => document.getElementById('b') },
  ];
  render(<Presenter lang="es" steps={steps} index={0} onIndex={onIndex} onExit={onExit} />, { container: document.body.appendChild(document.createElement('div')) });
  return { onExit, onIndex };
}

describe('presenter keys', () => {
  it('leaves Escape and the arrows typed in a field or on the page keypad to the page', () => {
    const heard = pageWithListener();
    const { onExit, onIndex } = mount();
    for (const id of ['f', 't', 'k']) {
      const el = document.getElementById(id)!;
      el.focus();
      fireEvent.keyDown(el, { key: 'Escape' });
      fireEvent.keyDown(el, { key: 'ArrowRight' });
    }
    expect(onExit).not.toHaveBeenCalled();
    expect(onIndex).not.toHaveBeenCalled();
    expect(heard).toEqual(['f:Escape', 'f:ArrowRight', 't:Escape', 't:ArrowRight', 'k:Escape', 'k:ArrowRight']);
  });

  it('takes Escape elsewhere to leave, and the page does not get it', () => {
    const heard = pageWithListener();
    const { onExit } = mount();
    const button = document.getElementById('b')!;
    button.focus();
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(onExit).toHaveBeenCalledOnce();
    expect(heard).toEqual([]);
  });

  it('shows the caption as a polite status', () => {
    mount();
    const caption = document.querySelector('[data-presenter-caption]')!;
    expect(caption.getAttribute('role')).toBe('status');
    expect(caption.getAttribute('aria-live')).toBe('polite');
    expect(caption.textContent).toContain('Paso 1 de 2: Uno');
  });
});
