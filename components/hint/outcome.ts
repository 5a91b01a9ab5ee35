/**
 * "What to do next" beside a portal message the assistant understood: our own element with a
 * closed shadow root (page CSS and scripts cannot reach its text), plain DOM, no innerHTML: text
 * goes in through textContent only. Loaded with the outcome reader (entrypoints/outcomes.ts), never
 * in the content script itself. The host carries `data-asistente-outcome` (the outcome id) for
 * support and tests; its box is a note with an accessible name.
 */
import { outcomeWords } from '../../utils/i18n/outcomes';
import { startOutcomes, type OutcomesStart, type OutcomeView } from '../../utils/page/outcomes';
import css from './outcome.css?inline';

export const OUTCOME_TAG = 'asistente-clave-outcome';

/** Pinned so page CSS cannot hide it (inline !important beats author rules). */
const PIN =
  'display:block!important;visibility:visible!important;opacity:1!important;position:static!important;transform:none!important;clip-path:none!important;width:auto!important;height:auto!important;max-width:100%!important';

export const mountOutcome: OutcomeView = ({ doc, anchor, outcome, lang, label, text }) => {
  const host = doc.createElement(OUTCOME_TAG);
  host.setAttribute('data-asistente-outcome', outcome);
  host.style.cssText = PIN;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const box = doc.createElement('div');
  box.className = 'box';
  box.lang = lang;
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', label);
  const title = doc.createElement('strong');
  title.textContent = label;
  const body = doc.createElement('span');
  body.textContent = text;
  box.append(title, doc.createElement('br'), body);
  shadow.append(style, box);
  anchor.after(host);
  return host;
};

/** The reader with this view and these words: what the content script (lazily) and the practice portal start. */
export const startOutcomesWithView: OutcomesStart = (options) => startOutcomes({ ...options, view: mountOutcome, words: outcomeWords });
