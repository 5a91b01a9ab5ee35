/**
 * A hint host: our own element with a closed shadow root (page CSS and page scripts cannot reach
 * it), a <style> that pins how the host looks (hint.css), a second one that shows or hides it, and
 * four fixed nodes whose text and class change in place. The host carries the observable contract
 * attributes and nothing else (`repair` puts them back when a page changes them).
 *
 * Plain DOM on purpose, not Preact: the hint is four nodes that never change shape, and the
 * content script has a 15 KB gzip budget (issue 10) that Preact alone would take a third of.
 * Every other screen (popup, practice portal, presenter) is Preact. No innerHTML: page-derived
 * text only ever goes in through textContent.
 */
import type { Level } from '../../utils/rules/types';
import { HINT_TAG, markOurs } from '../../utils/page/detect';
import type { HintView } from '../../utils/page/hint-view';
import { message } from './messages';
import css from './hint.css?inline';

const ICONS: Record<Level, string> = { ok: '✓', warn: '!', error: '✕', empty: 'i' };

/**
 * The polite live region that says a hint out loud (on leaving a field with an error, or when a
 * value becomes right while typing). One per document, OUTSIDE the hint hosts: a field's
 * aria-describedby points at its host, and the accessible description is all the host's text, so
 * a live region inside the host made screen readers hear the hint twice ("El último dígito no
 * coincide. … El último dígito no coincide. …") and kept an old announcement in the description
 * after the verdict changed. Now a field's description is exactly its visible hint.
 */
const LIVE_TAG = 'asistente-clave-live';
interface Live {
  el: HTMLElement;
  region: HTMLElement;
  users: number;
}
const lives = new WeakMap<Document, Live>();

function useLive(doc: Document, mode: ShadowRootMode): Live {
  let live = lives.get(doc);
  if (!live) {
    const el = doc.createElement(LIVE_TAG);
    el.style.cssText = 'position:fixed!important;clip-path:inset(50%)!important';
    const region = el.attachShadow({ mode }).appendChild(doc.createElement('span'));
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    // Ours: its coming and going is no change of the page's (no scan for it).
    markOurs(el);
    lives.set(doc, (live = { el, region, users: 0 }));
  }
  // In the page before anything is said: a live region added with its text is often not read.
  if (!live.el.isConnected) doc.documentElement.append(live.el);
  live.users++;
  return live;
}

/** The host's attributes: exactly these, nothing the page adds (hidden, inert, popover, style…). */
type Attrs = Record<string, string>;
function setAttrs(host: HTMLElement, attrs: Attrs) {
  for (const name of host.getAttributeNames()) if (!(name in attrs)) host.removeAttribute(name);
  for (const name in attrs) if (host.getAttribute(name) !== attrs[name]) host.setAttribute(name, attrs[name]!);
}

/** Icon + words + colour, never colour alone. */
export const mountHint: HintView = ({ doc, id, kind, lang, mode = 'closed' }) => {
  const host = doc.createElement(HINT_TAG);
  const attrs: Attrs = { id, 'data-asistente-field': kind, 'data-asistente-level': 'empty' };
  setAttrs(host, attrs);
  const shadow = host.attachShadow({ mode });
  const el = (tag: string, cls: string, parent: Node) => {
    const e = doc.createElement(tag);
    e.className = cls;
    parent.appendChild(e);
    return e;
  };
  const style = el('style', '', shadow);
  style.textContent = css;
  // Shown or not, decided in here where the page cannot reach: `:host` rules marked !important
  // beat the page's, even its inline `style` (see hint.css).
  const hide = ':host{display:none!important}';
  const gate = el('style', '', shadow);
  gate.textContent = hide;
  const box = el('div', 'hint empty', shadow);
  box.title = message(lang, 'h.hint.title');
  box.lang = lang;
  const icon = el('span', 'icon', box);
  icon.setAttribute('aria-hidden', 'true');
  const textBox = el('span', 'text', box);
  const word = el('span', 'word', textBox);
  const text = textBox.appendChild(doc.createTextNode(''));
  const live = useLive(doc, mode);
  let said = '';

  let level: Level | undefined;
  return {
    host,
    update(state) {
      if (state.level !== level) {
        level = state.level;
        attrs['data-asistente-level'] = level;
        setAttrs(host, attrs);
        box.className = `hint ${level}`;
        icon.textContent = ICONS[level];
        const w = level === 'empty' ? '' : message(lang, `h.level.${level}`);
        word.textContent = w && `${w}: `;
      }
      if (text.data !== state.text) text.data = state.text;
      if (state.announce !== said) {
        said = state.announce;
        if (said) {
          if (!live.el.isConnected) doc.documentElement.append(live.el);
          live.region.lang = lang;
          live.region.textContent = said;
        }
      }
      const shown = state.text ? '' : hide;
      if (gate.textContent !== shown) gate.textContent = shown;
    },
    repair: () => setAttrs(host, attrs),
    destroy() {
      host.remove();
      // The last hint gone: the region goes too (kept in `lives`, it comes back with the next hint).
      if (!--live.users) live.el.remove();
    },
  };
};
