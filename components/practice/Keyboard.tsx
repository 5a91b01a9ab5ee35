import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPractice } from '../../utils/i18n/practice';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * Behaves like the portal's "teclado virtual": it writes `input.value` by script, so the input
 * gets no key, input or change event. The target is the last clave field the person clicked.
 */
export function Keyboard({ lang, target }: { lang: Lang; target: () => HTMLInputElement | null }) {
  const [upper, setUpper] = useState(false);
  const t = (k: Parameters<typeof tPractice>[1]) => tPractice(lang, k);
  const press = (ch: string) => {
    const input = target();
    if (input && input.value.length < 15) input.value += ch;
  };
  return (
    <div class="keyboard" role="group" aria-label={t('k.keyboardLabel')} data-practice-target="keyboard">
      {ROWS.map((row) => (
        <div class="keyboard-row" key={row}>
          {[...row].map((c) => {
            const ch = upper ? c.toUpperCase() : c;
            return (
              <button type="button" class="key" key={c} onClick={() => press(ch)}>
                {ch}
              </button>
            );
          })}
        </div>
      ))}
      <div class="keyboard-row">
        <button type="button" class="key wide" aria-pressed={upper} onClick={() => setUpper(!upper)}>
          {t('k.upper')}
        </button>
        <button
          type="button"
          class="key wide"
          onClick={() => {
            const input = target();
            if (input) input.value = input.value.slice(0, -1);
          }}
        >
          {t('k.delete')}
        </button>
        <button
          type="button"
          class="key wide"
          onClick={() => {
            const input = target();
            if (input) input.value = '';
          }}
        >
          {t('k.clear')}
        </button>
      </div>
    </div>
  );
}
