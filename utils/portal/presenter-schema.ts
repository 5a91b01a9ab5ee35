/**
 * zod schema of `PRESENTER_FACTS` (utils/portal/presenter.ts), kept apart so presenter mode
 * carries no zod at run time; `tests/unit/presenter/portal-facts.test.ts` parses the table.
 */
import * as z from 'zod/mini';

const Phrase = z.string().check(z.regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'a normalized phrase (see norm())'));
const Phrases = z.array(Phrase).check(z.minLength(1));
const Selectors = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

export const PresenterFactsSchema = z.object({
  /**
   * On-screen keyboards: PrimeFaces' Keyboard (jquery.keypad: a `div.keypad-popup` appended to
   * `<body>` while its field has the focus, or `div.keypad-inline`) and the older hand-made
   * "teclado" blocks of the JSF 1.x pages.
   */
  keypads: Selectors,
  /** A field that types through an on-screen keyboard (jquery.keypad marks it `is-keypad`). */
  keypadFields: Selectors,
  /** The attribute some keyboards carry with the id of the field they fill. */
  keypadTarget: z.string(),
  /** Words of the terms-of-use check ("Acepto los términos y condiciones de uso"). */
  terms: Phrases,
  /** Words on a button that moves the procedure on (not "Ayuda", "Cancelar", keyboard keys). */
  actions: Phrases,
  /** Words in a phone field's label: a mobile or a landline ("Teléfono convencional"). */
  mobile: Phrases,
  landline: Phrases,
});
