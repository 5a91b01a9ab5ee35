/**
 * Field watch: when a person types, leaves a field, or an on-screen keyboard (which sends no
 * events) fills one. Reads each field's value into its record and asks for a re-check; decides
 * when a field counts as left (an unfinished value is only an error then).
 */
import type { FieldKind, Level, Verdict } from '../rules/types';
import type { Hinted } from './hint-host';
import type { Pending } from './scheduler';
import type { Scope } from './scope';

/** A watched field: its hint and what the person did there. */
export interface Field extends Hinted {
  readonly kind: FieldKind;
  /** The person is still typing here (focused, or an on-screen keyboard is filling it). */
  typing: boolean;
  /** The value last read from the field: what its check judges. */
  value: string;
  leaving?: Pending;
  /** The value when the pointer went down, and when the last click began (on-screen keys). */
  pressed?: string;
  beforeClick?: string;
  /** What the hint shows now. */
  verdict?: Verdict;
  shown?: Level;
  /** What the verdict was judged from: typing, the other field's value it depends on, value. */
  judged?: string;
  announce: string;
}

/** A field found on the page, with its new hint, before anything was typed while watched. */
export const newField = ({ input, kind }: { input: HTMLInputElement; kind: FieldKind }, hint: Hinted['hint'], doc: Document): Field => ({
  input,
  kind,
  hint,
  typing: doc.activeElement === input,
  value: input.value,
  announce: '',
});

const TEXT_CONTROL = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=checkbox]):not([type=radio]):not([type=hidden]),select,textarea';
/** What an on-screen keyboard key can be: pressing one does not leave the field being filled. */
const KEY_LIKE = 'button,a,[onclick],[role=button],input[type=button],input[type=image]';

/**
 * Watches the scope's fields. `recheck` re-checks every field from its `value` (`announceFor` was
 * just left: an error is said aloud); `restore` is a moment to see whether the page took a host
 * away; `scan`, that the form may have changed shape (a click showed or hid a part). `pollMs`:
 * value poll while the tab is visible (an on-screen keyboard sends no events); `leaveMs`: how
 * long after leaving a field (to a non-text target) it counts as left.
 */
export function watchFields(
  { doc, win, signal, schedule, fields, alive }: Scope,
  recheck: (announceFor?: Field) => void,
  restore: () => void,
  scan: () => void,
  pollMs: number,
  leaveMs: number,
) {
  /**
   * Picks up new values: one that changed while its field is not focused was set by script (an
   * on-screen keyboard, a re-render), so the person is still typing there. True if any changed.
   */
  function takeValues(): boolean {
    let changed = false;
    for (const f of fields.values()) {
      if (f.input.value === f.value) continue;
      f.value = f.input.value;
      changed = true;
      if (doc.activeElement !== f.input) {
        f.typing = true;
        f.leaving?.cancel();
      }
    }
    return changed;
  }

  /** Re-reads and re-checks every field (cross-field rules change together). */
  function update(announceFor?: Field) {
    if (!alive()) return;
    restore();
    takeValues();
    recheck(announceFor);
  }

  /** Reads every value (poll, clicks): re-checks only when one changed (then true). */
  function readAll(): boolean {
    restore();
    if (!alive() || !takeValues()) return false;
    recheck();
    return true;
  }

  function leave(f: Field) {
    f.leaving?.cancel();
    f.leaving = undefined;
    if (!f.typing || fields.get(f.input) !== f) return; // not watched any more
    f.typing = false;
    update(f);
  }

  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn as EventListener, { capture: true, passive: true, signal });
  const fieldOf = (target: EventTarget | null) => fields.get(target as HTMLInputElement);
  const isTextControl = (t: EventTarget | null) => t instanceof Element && t.matches(TEXT_CONTROL);
  const isKey = (t: EventTarget | null) => t instanceof Element && !!t.closest(KEY_LIKE);
  const beforeClickDiffers = () => {
    for (const f of fields.values()) if (f.beforeClick !== f.input.value) return true;
    return false;
  };

  on('input', (e) => {
    if (fieldOf(e.target)) update();
  });
  on('change', readAll);
  on('focusin', (e) => {
    const f = fieldOf(e.target);
    if (f) {
      f.leaving?.cancel();
      f.typing = true;
    }
    // Moving into another control (not a keyboard key) leaves every other field at once.
    if (!isKey(e.target)) for (const other of fields.values()) if (other !== f && other.typing) leave(other);
    if (f) update();
    else readAll(); // focus changes are a moment to re-read values set by script
  });
  on('focusout', (e) => {
    const f = fieldOf(e.target);
    if (!f || isTextControl(e.relatedTarget)) return; // into another text control: focusin handles it
    f.leaving?.cancel();
    // A click on an on-screen keyboard key also takes the focus: wait to see if the value moves.
    f.leaving = schedule.later(() => leave(f), leaveMs);
  });
  // Values as they were when the pointer went down, before any key handler (click or mousedown).
  // Kept on each field (no allocation per click: an on-screen keyboard clicks a lot).
  let pressed = false;
  on('pointerdown', () => {
    for (const f of fields.values()) f.pressed = f.input.value;
    pressed = true;
  });
  on('click', (e) => {
    const target = e.target;
    for (const f of fields.values()) f.beforeClick = pressed ? f.pressed : f.input.value;
    pressed = false;
    // After the page's own click handlers have run (an on-screen key sets the value there).
    schedule.later(() => {
      const changed = readAll() || beforeClickDiffers();
      // A click on plain page leaves the fields filled by script, unless this very click changed
      // one (a key made of a <td> or <img> with a script listener is still a key).
      if (!isKey(target)) {
        for (const f of fields.values()) {
          if (f.typing && doc.activeElement !== f.input && f.beforeClick === f.input.value) leave(f);
        }
      }
      // A click may show or hide a part of the form; a click that typed a character (an
      // on-screen key) does not, and a rescan per key would only make garbage while typing.
      if (!changed) scan();
    }, 0);
  });
  // Bubble phase on the window: runs right after the page's own click handlers (an on-screen
  // key's), so the hint follows within the same click. The capture listener above covers
  // handlers that stop propagation.
  win.addEventListener('click', readAll, { passive: true, signal });
  // An input mask (PrimeFaces InputMask) takes each key itself (keydown, keypress; no input
  // event) and writes the value by script: read it right after the page's own key handlers.
  for (const type of ['keydown', 'keypress']) win.addEventListener(type, readAll, { passive: true, signal });
  on('submit', () => {
    for (const f of fields.values()) leave(f);
  });
  on('visibilitychange', poll);

  /**
   * A light poll while there are fields and the page is visible: the values only (a field's value
   * is read without a layout). Asking whether a field is shown first made the browser work out the
   * page's styles on every tick while the page was changing (PrimeFaces' fades, BlockUI).
   */
  let polling: Pending | undefined;
  const tick = () => {
    polling = schedule.later(tick, pollMs);
    if (alive()) readAll();
  };
  function poll() {
    const want = !signal.aborted && fields.size > 0 && doc.visibilityState !== 'hidden';
    if (want && !polling) polling = schedule.later(tick, pollMs);
    else if (!want && polling) {
      polling.cancel();
      polling = undefined;
    }
  }

  return {
    update,
    /** Starts or stops the poll to match the fields and the page's visibility. */
    poll,
  };
}
