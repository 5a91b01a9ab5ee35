import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/popup/App';
import { popupServices } from '../../../../entrypoints/popup/services';
import { readPrefs, readProgress, updateProgress } from '../../../../utils/storage/items';
import { chooseProfile, setStepDone, taskOf } from '../../../../utils/progress/logic';

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
  const view = render(<App services={popupServices} />);
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
    // A− / A+ sit in the header row beside the language buttons, not on a row of their own.
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'A− Letra más pequeña' })).toBeTruthy();
    expect(within(header).getByRole('button', { name: 'A+ Letra más grande' })).toBeTruthy();
    expect(within(header).getByTestId('text-size').parentElement).toBe(within(header).getByTestId('lang-es').parentElement!.parentElement);
  });

  it('the chooser marks the task in progress and the one waiting for the email, in the button name', async () => {
    const now = Date.now();
    await updateProgress((p) => setStepDone(setStepDone(p, 'unlock.cedula', true, now), 'unlock.email', true, now));
    await updateProgress((p) => setStepDone(p, 'afiliado.cedula', true, now));
    await updateProgress((p) => chooseProfile(p, null));
    await renderReady();
    expect(screen.getByTestId('status-unlock').textContent).toBe(', Esperando el correo');
    expect(screen.getByTestId('status-afiliado').textContent).toBe(', En curso');
    expect(screen.queryByTestId('status-biess')).toBeNull();
    expect(screen.getByRole('button', { name: /Desbloquear.*Esperando el correo/ })).toBeTruthy();
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
    await waitFor(async () => expect(taskOf(await readProgress(), 'afiliado').done['afiliado.cedula']).toBeTypeOf('number'));
    expect(screen.getByTestId('step-count').textContent).toBe('1 de 8 hechos');
    cleanup();
    await renderReady();
    expect(screen.getByLabelText<HTMLInputElement>(/Escriba su cédula/).checked).toBe(true);
  });

  it('leads with the current step: aria-current, its one action; done steps one line; later titles only', async () => {
    await updateProgress((p) => setStepDone(setStepDone(p, 'unlock.check', true, 1), 'unlock.open', true, 2));
    await renderReady();
    const current = document.querySelector('[aria-current="step"]') as HTMLElement;
    expect(current.dataset.step).toBe('unlock.cedula');
    expect(within(current).getByTestId('current-action').textContent).toBe('Ya lo hice');
    expect(within(current).getByText(/10 dígitos, sin guiones/)).toBeTruthy();
    const done = document.querySelector('[data-step="unlock.open"]') as HTMLElement;
    expect(done.querySelector('.tip')).toBeNull();
    const disclose = within(done).getByTestId('step-disclose');
    expect(disclose.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(disclose);
    expect(disclose.getAttribute('aria-expanded')).toBe('true');
    expect(done.querySelector('.tip')).not.toBeNull();
    const later = document.querySelector('[data-step="unlock.test"]') as HTMLElement;
    expect(later.querySelector('.tip')).toBeNull();
    fireEvent.click(screen.getByTestId('show-all'));
    expect(screen.getByTestId('show-all').getAttribute('aria-expanded')).toBe('true');
    expect(later.querySelector('.tip')).not.toBeNull();
    // "Ya lo hice" ticks the current step; the next one becomes current.
    fireEvent.click(within(current).getByTestId('current-action'));
    await waitFor(() => expect((document.querySelector('[aria-current="step"]') as HTMLElement).dataset.step).toBe('unlock.email'));
    expect(taskOf(await readProgress(), 'unlock').done['unlock.cedula']).toBeTypeOf('number');
  });

  it('changing task keeps the running countdown; start over clears that task only', async () => {
    await updateProgress((p) => setStepDone(p, 'unlock.email', true, Date.now()));
    await renderReady();
    expect(await screen.findByTestId('countdown')).toBeTruthy();
    fireEvent.click(screen.getByTestId('change-profile'));
    fireEvent.click(await screen.findByText('Clave de empleador'));
    await screen.findByTestId('employer-note');
    expect(screen.queryByTestId('countdown')).toBeNull();
    fireEvent.click(screen.getByTestId('change-profile'));
    fireEvent.click(await screen.findByText('Desbloquear mi clave'));
    expect(await screen.findByTestId('countdown')).toBeTruthy();
    await updateProgress((p) => setStepDone(chooseProfile(p, 'unlock'), 'biess.clave', true, Date.now()));
    fireEvent.click(screen.getByTestId('start-over'));
    fireEvent.click(screen.getByTestId('start-over-yes'));
    await screen.findByTestId('chooser');
    const after = await readProgress();
    expect(after.tasks.unlock).toBeUndefined();
    expect(after.tasks.biess?.done['biess.clave']).toBeTypeOf('number');
  });

  it('an expired link offers another email and un-ticks the email steps on "Sí"', async () => {
    const long = Date.now() - 10 * 60_000;
    await updateProgress((p) => setStepDone(setStepDone(p, 'unlock.cedula', true, long), 'unlock.email', true, long));
    await renderReady();
    const card = await screen.findByTestId('countdown');
    expect(card.dataset.expired).toBe('true');
    expect(within(card).getByTestId('ask-again').getAttribute('href')).toMatch(/desbloquearClave\.jsf$/);
    fireEvent.click(within(card).getByTestId('unmark-yes'));
    await waitFor(() => expect(screen.queryByTestId('countdown')).toBeNull());
    const task = taskOf(await readProgress(), 'unlock');
    expect(task.done['unlock.email']).toBeUndefined();
    expect(task.done['unlock.cedula']).toBe(long);
    expect(task.emailWait).toBeNull();
  });

  it('updates when the background ticks a step', async () => {
    await renderReady();
    await updateProgress((p) => setStepDone(p, 'unlock.open', true, Date.now()));
    const box = await screen.findByLabelText<HTMLInputElement>(/Abra la página oficial «Desbloqueo de clave»/);
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
    expect(within(panel).getByTestId('no-access').textContent).toBe('Ya no tengo acceso a mi correo');
    expect(within(panel).getByTestId('no-email').textContent).toMatch(/huella/);
    // The sourced ways on for this task, not a second hand-written list.
    expect(within(panel).getByTestId('ways-on').dataset.task).toBe('unlock');
    expect(within(panel).getByTestId('not-arriving').textContent).toMatch(/registró en el IESS/);
  });

  it('tasks without an email step still reach the ways on (BIESS line, contact centre)', async () => {
    await renderReady();
    fireEvent.click(screen.getByText('Entrar al BIESS'));
    const help = await screen.findByTestId('task-help');
    expect(screen.queryByTestId('email-help')).toBeNull();
    expect(within(help).getByTestId('ways-on').dataset.task).toBe('biess');
    expect(within(help).getByTestId('tel-biess-line').getAttribute('href')).toBe('tel:1800243777');
  });

  it('says the employer flow ends at an IESS office', async () => {
    await renderReady();
    fireEvent.click(screen.getByText('Clave de empleador'));
    expect((await screen.findByTestId('employer-note')).textContent).toMatch(/RUC.*representante legal/);
  });

  it('start over asks first, then empties that task', async () => {
    await updateProgress((p) => setStepDone(p, 'biess.clave', true, Date.now()));
    await renderReady();
    fireEvent.click(screen.getByTestId('start-over'));
    fireEvent.click(screen.getByTestId('start-over-yes'));
    await screen.findByTestId('chooser');
    expect((await readProgress()).tasks).toEqual({});
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
    // Prominent (with the warning about the clave) only when it matters; one line otherwise.
    if (verdict === 'official' || verdict === 'lookalike') expect(card.textContent).toMatch(/nunca pide su clave/);
    else expect(card.tagName).toBe('P');
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
