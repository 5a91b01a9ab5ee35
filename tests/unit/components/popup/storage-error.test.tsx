/** Issue 19 §6: with storage full, choosing a task says so in the popup; nothing rejects unhandled. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/popup/App';
import { StorageError } from '../../../../components/popup/StorageError';
import { LangContext } from '../../../../components/popup/i18n';
import type { PopupServices } from '../../../../components/popup/App';
import { readProgress } from '../../../../utils/storage/items';

/** The popup's browser services, faked: an unknown tab, no practice tab. */
const services: PopupServices = {
  checkActiveTab: () => Promise.resolve({ verdict: 'unknown' } as Awaited<ReturnType<PopupServices['checkActiveTab']>>),
  openPractice: () => undefined,
};

describe('storage full in the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-EC']);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  });
  afterEach(() => cleanup());

  it('choosing a task that cannot be saved shows a clear message; the chooser stays', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      render(<App services={services} />);
      await waitFor(() => expect(screen.getByTestId('popup').dataset.ready).toBe('true'));
      expect(screen.queryByTestId('storage-error')).toBeNull();
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
      fireEvent.click(document.querySelector('[data-profile="unlock"]')!);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('No se pudo guardar');
      expect(alert.textContent).toContain('Lo guardado antes sigue igual');
      expect(screen.getByTestId('chooser')).toBeTruthy();
      expect((await readProgress()).profile).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Entendido' }));
      expect(screen.queryByTestId('storage-error')).toBeNull();
      // The language cannot be saved either: the message comes back, in the language still stored.
      fireEvent.click(screen.getByTestId('lang-en'));
      await screen.findByRole('alert');
      expect(screen.getByTestId('storage-error').textContent).toContain('No se pudo guardar');
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('speaks English in the English popup', async () => {
    let fail: (e: unknown) => void = () => undefined;
    const watch = (cb: (e: unknown) => void) => ((fail = cb), () => undefined);
    render(
      <LangContext.Provider value="en">
        <StorageError watch={watch} />
      </LangContext.Provider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fail(new Error('quota'));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not save');
    expect(screen.getByRole('button', { name: 'OK' })).toBeTruthy();
  });
});
