/**
 * A hint host: our own element with a closed shadow root (page CSS and page scripts cannot reach
 * it), a <style>, and a Preact root. The host carries the observable contract attributes.
 */
import { h, render } from 'preact';
import type { FieldKind } from '../../utils/rules/types';
import type { Lang } from '../../utils/i18n/core';
import { HINT_TAG } from '../../utils/page/detect';
import { Hint, type HintView } from './Hint';
import css from './hint.css?inline';

export interface HintHandle {
  readonly host: HTMLElement;
  update(view: HintView): void;
  destroy(): void;
}

export interface MountOptions {
  doc: Document;
  id: string;
  kind: FieldKind;
  lang: Lang;
  /** 'closed' in the extension; tests may ask for 'open' to read the rendered text. */
  mode?: ShadowRootMode;
}

export type MountHint = (options: MountOptions) => HintHandle;

export const mountHint: MountHint = ({ doc, id, kind, lang, mode = 'closed' }) => {
  const host = doc.createElement(HINT_TAG);
  host.id = id;
  host.setAttribute('data-asistente-field', kind);
  host.setAttribute('data-asistente-level', 'empty');
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  const mountPoint = doc.createElement('div');
  shadow.append(mountPoint);
  let last = '';
  return {
    host,
    update(view) {
      const key = `${view.level}\u0000${view.text}\u0000${view.announce}`;
      host.setAttribute('data-asistente-level', view.level);
      // Inline and important: a page rule such as `td > * { display: none }` cannot hide it.
      host.style.setProperty('display', view.text ? 'block' : 'none', 'important');
      if (key === last) return;
      last = key;
      render(h(Hint, { view, lang }), mountPoint);
    },
    destroy() {
      render(null, mountPoint);
      host.remove();
    },
  };
};
