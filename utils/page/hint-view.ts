/**
 * What the assistant needs from outside `utils/`: the hint's rendering (the extension's is
 * components/hint/mount.ts, plain DOM in a closed shadow root) and the hint texts (the
 * extension's read its locale messages, components/hint/messages.ts). Passed in, so the
 * assistant imports no component and no extension API.
 */
import type { Lang } from '../i18n/core';
import type { TextLookup } from '../i18n/verdict-text';
import type { FieldKind, Level } from '../rules/types';

/** What one hint shows now. */
export interface HintState {
  /** What the person sees now (an unfinished value while typing shows as `empty`). */
  level: Level;
  text: string;
  /** Text for the polite live region; changes only when worth saying out loud. */
  announce: string;
}

export interface HintHandle {
  /** Our element next to the field; carries the contract attributes. */
  readonly host: HTMLElement;
  update(state: HintState): void;
  /** Puts back the host's attributes as we set them (a page changed, added or removed some). */
  repair?(): void;
  destroy(): void;
}

export interface HintMountOptions {
  doc: Document;
  id: string;
  kind: FieldKind;
  lang: Lang;
  /** 'closed' in the extension; tests may ask for 'open' to read the rendered text. */
  mode?: ShadowRootMode;
}

/** Creates one hint host (not yet in the page). */
export type HintView = (options: HintMountOptions) => HintHandle;

/** A hint text by key (`r.<code>`, `f.<level>`, `h.<key>`), '' when there is none. */
export type HintTexts = TextLookup;
