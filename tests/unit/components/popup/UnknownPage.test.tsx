/**
 * The "page not recognised" card: shown only for a report that says so, in Spanish or English;
 * the preview is the report text, and the copy button copies exactly what the preview shows.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../../components/popup/i18n';
import { UnknownPage } from '../../../../components/popup/UnknownPage';
import type { PageReport } from '../../../../utils/page/page-report';
import { reportText } from '../../../../utils/page/report-text';

const report = (unknown: boolean): PageReport => ({
  v: 1,
  extension: '0.1.0',
  page: 'app.example/pages/buscar.jsf',
  title: 'IESS - Generar / Recuperar clave',
  kind: 'generate',
  controls: { text: 1, hidden: 1 },
  fields: [{ type: 'text', detector: unknown ? 'none' : 'cedula', by: unknown ? '-' : 'words', label: 'Documento del …' }],
  hints: 0,
  frames: 0,
  captcha: true,
  needs: [['cedula'], ['password', 'password-confirm']],
  unknown,
});

function show(r: PageReport | null, copy = vi.fn().mockResolvedValue(undefined), lang: 'es' | 'en' = 'es') {
  render(
    <LangContext.Provider value={lang}>
      <main>
        <UnknownPage load={() => Promise.resolve(r)} copy={copy} />
        <p data-testid="after">x</p>
      </main>
    </LangContext.Provider>,
  );
  return copy;
}

describe('UnknownPage', () => {
  afterEach(() => cleanup());

  it('says nothing for a recognised page or no report', async () => {
    show(report(false));
    show(null);
    await screen.findAllByTestId('after');
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('unknown-page')).toBeNull();
  });

  it('says so in plain words, shows the report, and copies exactly the shown text', async () => {
    const copy = show(report(true));
    const card = await screen.findByTestId('unknown-page');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'No reconozco esta página. Puede que el IESS la haya cambiado: las revisiones no aparecen.',
    );
    const preview = screen.getByTestId('report-preview');
    expect(preview.textContent).toBe(reportText(report(true)));
    expect(preview.getAttribute('aria-labelledby')).toBe('report-label');
    expect(card.getAttribute('aria-labelledby')).toBe('unknown-heading');
    fireEvent.click(screen.getByRole('button', { name: 'Copiar informe para soporte' }));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(copy).toHaveBeenCalledWith(preview.textContent);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Informe copiado. Péguelo en su mensaje al soporte.'));
  });

  it('in English, and says when copying failed', async () => {
    show(report(true), vi.fn().mockRejectedValue(new Error('denied')), 'en');
    await screen.findByTestId('unknown-page');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^I don't recognise this page/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy report for support' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('It could not be copied. Select the report text and copy it.'));
  });
});
