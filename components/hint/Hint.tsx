import { h } from 'preact';
import type { Level } from '../../utils/rules/types';
import type { Lang } from '../../utils/i18n/core';
import { message } from './messages';

export interface HintView {
  /** What the person sees now (an unfinished value while typing shows as `empty`). */
  level: Level;
  text: string;
  /** Text for the polite live region; changes only when worth saying out loud. */
  announce: string;
}

const ICONS: Record<Level, string> = { ok: '✓', warn: '!', error: '✕', empty: 'i' };

/**
 * Icon + words + colour, never colour alone. Written with `h` (as mount.ts renders it): the
 * content script then needs no JSX runtime besides Preact itself.
 */
export function Hint({ view, lang }: { view: HintView; lang: Lang }) {
  const word = view.level === 'empty' ? '' : message(lang, `h.level.${view.level}`);
  return h(
    'div',
    { class: `hint ${view.level}`, title: message(lang, 'h.hint.title'), lang },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, ICONS[view.level]),
    h('span', { class: 'text' }, word && h('span', { class: 'word' }, word, ': '), view.text),
    h('span', { class: 'sr', role: 'status', 'aria-live': 'polite' }, view.announce),
  );
}
