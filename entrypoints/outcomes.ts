/**
 * The outcome reader for the official pages (utils/page/outcomes.ts with its view,
 * components/hint/outcome.ts), loaded by the content script only after the person submitted a
 * form there (or when the tab did so a moment before this page loaded): pages nobody submits never
 * load this code, and the content script stays small. It runs in the content script's isolated
 * world and hands its start function over on that world's global.
 */
import { startOutcomesWithView } from '../components/hint/outcome';
import type { OutcomesStart } from '../utils/page/outcomes';

export default defineUnlistedScript(() => {
  (globalThis as { __asistenteOutcomes?: OutcomesStart }).__asistenteOutcomes = startOutcomesWithView;
});
