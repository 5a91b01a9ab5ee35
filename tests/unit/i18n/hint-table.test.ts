// The hint texts the background hands the content script at document_start (issue 17: no
// blocking i18n.getMessage while the page loads), and message() reading them once they are in.
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../entrypoints/background/logic';
import { message, useTexts } from '../../../components/hint/messages';
import type { HintTextTable } from '../../../utils/i18n/hint-table';
import { hintLocaleMessages } from '../../../scripts/locale-messages';
import { verdictText } from '../../../utils/i18n/verdict-text';
import { check } from '../../../utils/rules';
import { installHintMessages } from '../page/helpers';

const TAB = { tab: { id: 3 } };
const ask = async (lang: unknown) => (await handleMessage({ type: 'asistente:hint-texts', lang }, TAB)) as { texts: HintTextTable } | undefined;

describe('hint texts from the background', () => {
  it('answer one language: every locale-message text of it, the same words, and none of the other', async () => {
    const locale = hintLocaleMessages();
    for (const lang of ['es', 'en'] as const) {
      const texts = (await ask(lang))!.texts;
      const own = Object.keys(locale).filter((name) => name.startsWith(`h_${lang}_`));
      expect(Object.keys(texts).sort()).toEqual(own.sort());
      expect(own.length).toBeGreaterThan(80);
      // messages.json writes `$` as `$$`; the table has the words as they are shown.
      for (const name of own) expect(texts[name]).toBe(locale[name]!.message.replace(/\$\$/g, '$'));
    }
  });

  it('answer nothing for a language they do not have', async () => {
    expect(await ask('fr')).toBeUndefined();
    expect(await ask(undefined)).toBeUndefined();
  });

  it('once in, the hints read them and make no getMessage call; before, getMessage', async () => {
    await installHintMessages();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the spy, read and never called here
    const getMessage = vi.mocked(browser.i18n.getMessage);
    expect(message('es', 'h.level.ok')).not.toBe('');
    expect(getMessage).toHaveBeenCalled();
    getMessage.mockClear();
    useTexts((await ask('es'))!.texts);
    expect(verdictText('es', check('cedula', '1714307'), message)).toBe('Lleva 7 de 10 dígitos. Siga escribiendo.');
    expect(message('es', 'h.level.error')).toBe('Revise');
    expect(message('es', 'r.not-a-code')).toBe('');
    expect(getMessage).not.toHaveBeenCalled();
  });
});
