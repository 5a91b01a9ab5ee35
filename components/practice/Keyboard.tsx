import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPractice } from '../../utils/i18n/practice';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export type KeyboardTarget = 'new' | 'confirm';

/**
 * Behaves like the portal's "teclado virtual": it writes `input.value` by script, so the input
 * gets no key, input or change event. The target is the last clave field the person clicked or
 * focused; the "Escribir en" buttons at the top choose it too, so someone on a keyboard, who
 * tabs past both fields to reach the keys, can say where the keys write.
 */
export function Keyboard({
  lang,
  target,
  which,
  onWhich,
}: {
  lang: Lang;
  target: () => HTMLInputElement | null;
  which?: KeyboardTarget;
  onWhich?: (t: KeyboardTarget) => void;
}) {
  const [upper, setUpper] = useState(false);
  const t = (k: Parameters<typeof tPractice>[1]) => tPractice(lang, k);
  /** Every key changes the target's value by script, as the portal's keyboard does. */
  const edit = (change: (value: string) => string) => {
    const input = target();
    if (input) input.value = change(input.value);
  };
  const press = (ch: string) => edit((v) => (v.length < 15 ? v + ch : v));
  return (
    <div class="keyboard" role="group" aria-label={t('k.keyboardLabel')} data-practice-target="keyboard">
      {which && onWhich ? (
        <div class="keyboard-row keyboard-target" role="group" aria-labelledby="kb-write-in">
          <span id="kb-write-in">{t('k.writeIn')}</span>
          {(['new', 'confirm'] as const).map((w) => (
            <button type="button" class="key wide" key={w} aria-pressed={which === w} data-kb-target={w} onClick={() => onWhich(w)}>
              {t(w === 'new' ? 'k.targetNew' : 'k.targetConfirm')}
            </button>
          ))}
        </div>
      ) : null}
      {ROWS.map((row) => (
        <div class="keyboard-row" key={row}>
          {[...row].map((c) => {
            const ch = upper ? c.toUpperCase() : c;
            return (
              <button type="button" class="key" key={c} data-char={ch} onClick={() => press(ch)}>
                {ch}
              </button>
            );
          })}
        </div>
      ))}
      <div class="keyboard-row">
        <button type="button" class="key wide" aria-pressed={upper} data-kb-upper onClick={() => setUpper(!upper)}>
          {t('k.upper')}
        </button>
        <button
          type="button"
          class="key wide"
          onClick={() => edit((v) => v.slice(0, -1))}
        >
          {t('k.delete')}
        </button>
        <button
          type="button"
          class="key wide"
          onClick={() => edit(() => '')}
        >
          {t('k.clear')}
        </button>
      </div>
    </div>
  );
}
