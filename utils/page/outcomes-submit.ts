/**
 * The person submitted a form (issue 19): a trusted click on a button inside a form, Enter in a
 * form's field, or a trusted submit event. `isTrusted` is false for anything a page script does
 * (`form.requestSubmit()`, `button.click()`, a made-up event), so a page cannot pretend. Listens on
 * the window in the capture phase, before the page's own handlers, until `signal` aborts.
 */
const BUTTONS = 'button,input[type=submit],input[type=image],input[type=button],[role=button],a';

export function watchSubmits(win: Window, signal: AbortSignal, onSubmit: () => void): void {
  const inForm = (e: Event, what: string) => {
    const el = e.target as Element | null;
    return e.isTrusted && !!el?.closest?.(what)?.closest('form');
  };
  const opts = { capture: true, signal };
  win.addEventListener('click', (e) => inForm(e, BUTTONS) && onSubmit(), opts);
  win.addEventListener('keydown', (e) => e.key === 'Enter' && inForm(e, 'input,select') && onSubmit(), opts);
  win.addEventListener('submit', (e) => e.isTrusted && onSubmit(), opts);
}
