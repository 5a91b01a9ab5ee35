import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LangContext } from '../../../../components/popup/i18n';
import { PrintGuide } from '../../../../components/popup/PrintGuide';
import { TextSize } from '../../../../components/popup/TextSize';
import { WaysOn } from '../../../../components/popup/WaysOn';
import { getProfile } from '../../../../utils/flows';
import { PORTAL_URLS } from '../../../../utils/portal/pages';
import { readPrefs, updatePrefs } from '../../../../utils/storage/items';

describe('WaysOn', () => {
  afterEach(() => cleanup());

  it('shows the BIESS line as a tel: link for the BIESS task only', () => {
    render(<WaysOn task="biess" />);
    const link = screen.getByRole('link', { name: 'Llamar al 1800-243777' });
    expect(link.getAttribute('href')).toBe('tel:1800243777');
    expect(screen.queryByText(/huella/)).toBeNull();
    cleanup();
    render(<WaysOn task="unlock" />);
    expect(screen.queryByRole('link', { name: /1800/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Llamar al 140' }).getAttribute('href')).toBe('tel:140');
    expect(screen.getByText(/huella/)).toBeTruthy();
  });

  it('links official sources and only names the others', () => {
    render(
      <LangContext.Provider value="en">
        <WaysOn task="unlock" />
      </LangContext.Provider>,
    );
    expect(screen.getAllByRole('link', { name: 'IESS, 11/15/2024' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /El Universo/ })).toBeNull();
    expect(screen.getAllByText(/El Universo/).length).toBeGreaterThan(0);
  });
});

describe('PrintGuide', () => {
  afterEach(() => cleanup());

  it('lists every step with a box, the official address and the ways on, in English', () => {
    const { container } = render(<PrintGuide task="unlock" lang="en" />);
    const steps = container.querySelectorAll('.print-steps li');
    expect(steps.length).toBe(getProfile('unlock').steps.length);
    expect(container.querySelectorAll('.print-steps .box').length).toBe(steps.length);
    expect(container.textContent).toContain(PORTAL_URLS.unlock);
    // The address may wrap only after a "/": its pieces, each kept whole by the print CSS.
    const pieces = Array.from(container.querySelectorAll('.url .address-part')).map((p) => p.textContent);
    expect(pieces).toEqual(PORTAL_URLS.unlock.match(/[^/]*\/+|[^/]+$/g));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Paper guide: /);
    expect(container.querySelector('[data-testid="ways-on"]')?.getAttribute('data-task')).toBe('unlock');
  });

  it('never points at a popup button on paper, in any task or language', () => {
    for (const task of ['afiliado', 'unlock', 'update', 'empleador', 'biess'] as const) {
      for (const lang of ['es', 'en'] as const) {
        const { container } = render(<PrintGuide task={task} lang={lang} />);
        expect(container.textContent, `${task} ${lang}`).not.toMatch(/botón de abajo|button below/i);
        cleanup();
      }
    }
  });
});

describe('TextSize', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    document.documentElement.style.fontSize = '';
  });

  it('A+ grows the root font size and remembers it; A− shrinks it', async () => {
    await updatePrefs({ lang: 'es' });
    render(<TextSize />);
    const larger = screen.getByRole('button', { name: 'A+ Letra más grande' });
    await waitFor(() => expect((larger as HTMLButtonElement).disabled).toBe(false));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('16px'));
    fireEvent.click(larger);
    fireEvent.click(larger);
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('20px'));
    await waitFor(async () => expect((await readPrefs()).textScale).toBe(1.25));
    expect((await readPrefs()).lang).toBe('es');
    expect(screen.getByTestId('text-size-now').textContent).toBe('125 %');
    fireEvent.click(screen.getByRole('button', { name: 'A− Letra más pequeña' }));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('18px'));
  });

  it('starts from the stored size', async () => {
    await updatePrefs({ textScale: 1.5 });
    render(<TextSize />);
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('24px'));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'A+ Letra más grande' }).disabled).toBe(true);
  });
});
