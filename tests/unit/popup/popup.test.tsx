import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/popup/App';
import { readPrefs, readProgress, updateProgress } from '../../../utils/storage/items';
import { setStepDone } from '../../../utils/flows/progress';

function mockTab(url: string | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url } as never]);
}
function mockPermission(granted: boolean) {
  const request = vi.fn().mockResolvedValue(true);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request);
  return request;
}

async function renderReady() {
  const view = render(<App />);
  await waitFor(() => expect(screen.getByTestId('popup').dataset.ready).toBe('true'));
  return view;
}

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-EC']);
    mockTab(undefined);
    mockPermission(true);
  });
  afterEach(() => cleanup());

  it('is Spanish by default and says it is unofficial', async () => {
    await renderReady();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Asistente Clave IESS');
    expect(screen.getByTestId('unofficial').textContent).toMatch(/no oficial/i);
    expect(screen.getByRole('heading', { name: '¿Qué necesita hacer?' })).toBeTruthy();
  });

  it('switches to English and stores the preference', async () => {
    await renderReady();
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'What do you need to do?' })).toBeTruthy());
    expect((await readPrefs()).lang).toBe('en');
    expect(screen.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
  });

  it('picks a profile, ticks steps with real checkboxes, and keeps them', async () => {
    await renderReady();
    fireEvent.click(screen.getByText('Generar o recuperar mi clave'));
    const box = await screen.findByLabelText(/Escriba su cédula tal como está registrada/);
    expect(box.getAttribute('type')).toBe('checkbox');
    fireEvent.click(box);
    await waitFor(async () => expect((await readProgress()).done['afiliado.cedula']).toBeTypeOf('number'));
    expect(screen.getByTestId('step-count').textContent).toBe('1 de 8 pasos hechos');
    cleanup();
    await renderReady();
    expect((screen.getByLabelText(/Escriba su cédula/) as HTMLInputElement).checked).toBe(true);
  });

  it('updates when the background ticks a step', async () => {
    await renderReady();
    await updateProgress((p) => setStepDone(p, 'unlock.open', true, Date.now()));
    const box = (await screen.findByLabelText(/Abra la página oficial «Desbloqueo de clave»/)) as HTMLInputElement;
    expect(box.checked).toBe(true);
  });

  it('shows the countdown when the email step is ticked, and mailbox tips', async () => {
    await updateProgress((p) => setStepDone(p, 'unlock.cedula', true, Date.now()));
    await renderReady();
    fireEvent.click(screen.getByLabelText(/Abra el correo enseguida/));
    const panel = await screen.findByTestId('countdown');
    expect(within(panel).getByTestId('clock').textContent).toMatch(/^0[23]:\d\d$/);
    expect(within(panel).getByTestId('countdown-live').getAttribute('aria-live')).toBe('polite');
    expect(within(panel).getByTestId('countdown-live').textContent).toMatch(/Quedan unos 3 minutos/);
    fireEvent.click(screen.getByLabelText('Outlook / Hotmail'));
    await waitFor(() => expect(screen.getByTestId('mailbox-tip').textContent).toMatch(/Correo no deseado/));
    expect((await readPrefs()).mailbox).toBe('outlook');
    expect(screen.getByTestId('no-email').textContent).toMatch(/huella/);
  });

  it('says the employer flow ends at an IESS office', async () => {
    await renderReady();
    fireEvent.click(screen.getByText('Clave de empleador'));
    expect((await screen.findByTestId('employer-note')).textContent).toMatch(/RUC.*representante legal/);
  });

  it('start over asks first, then empties progress', async () => {
    await updateProgress((p) => setStepDone(p, 'biess.clave', true, Date.now()));
    await renderReady();
    fireEvent.click(screen.getByTestId('start-over'));
    fireEvent.click(screen.getByTestId('start-over-yes'));
    await screen.findByTestId('chooser');
    expect((await readProgress()).done).toEqual({});
  });

  it.each([
    ['https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/', 'official', /Sitio oficial/],
    ['https://iess.gob.ec@evil.com/', 'lookalike', /Cuidado/],
    ['https://www.google.com/', 'other', /no es una página del IESS/],
    [undefined, 'unknown', /No se puede saber/],
  ])('site check for %s', async (url, verdict, text) => {
    mockTab(url);
    await renderReady();
    const card = await screen.findByTestId('site-check');
    await waitFor(() => expect(card.dataset.verdict).toBe(verdict));
    expect(card.textContent).toMatch(text);
    expect(card.textContent).toMatch(/nunca pide su clave/);
  });

  it('shows nothing about permissions when granted', async () => {
    await renderReady();
    expect(screen.queryByTestId('permission-banner')).toBeNull();
  });

  it('offers to grant the host permission again when withdrawn', async () => {
    const request = mockPermission(false);
    await renderReady();
    const banner = await screen.findByTestId('permission-banner');
    fireEvent.click(within(banner).getByRole('button'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://*.iess.gob.ec/*', 'https://*.biess.fin.ec/*'] });
    await waitFor(() => expect(screen.queryByTestId('permission-banner')).toBeNull());
  });
});
