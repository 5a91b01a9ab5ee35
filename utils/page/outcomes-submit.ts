/**
 * The person submitted a form (issue 19): a trusted click on a form's submit control (a submit
 * button, also one a PrimeFaces/JSF script handles, or a JSF command link), or a trusted Enter in
 * one of its fields. `isTrusted` is false for the clicks and keys a page script makes. The submit
 * event itself is not used: the browser fires it as trusted even for `form.requestSubmit()` or a
 * script's `button.click()`. Listens on the window in the capture phase, before the page's own
 * handlers, until `signal` aborts. Plain buttons (type=button: an on-screen keyboard's keys) do not count.
 */
const SUBMITS = 'button:not([type=button]):not([type=reset]),input[type=submit],input[type=image],a[onclick]';

export function watchSubmits(win: Window, signal: AbortSignal, onSubmit: () => void): void {
  const inForm = (e: Event, what: string) => {
    const el = e.target as Element | null;
    return e.isTrusted && !!el?.closest?.(what)?.closest('form');
  };
  const opts = { capture: true, signal };
  win.addEventListener('click', (e) => inForm(e, SUBMITS) && onSubmit(), opts);
  win.addEventListener('keydown', (e) => e.key === 'Enter' && inForm(e, 'input') && onSubmit(), opts);
}
