/**
 * The words next to a field → which rule judges it (table: utils/portal/labels.ts), at a cost that
 * does not grow with the page: at most LABEL_MAX characters are matched (a page may put 100 KB in
 * a label; ./detect.ts reads at most RAW_MAX), and the document's labels are indexed in one pass
 * (`input.labels` walks the whole document again for each input).
 */
import { LABEL_RULES, type LabelRule } from '../portal/labels';
import { norm, hasPhrase } from './normalize-text';

export type LabelClass = { kind: LabelRule['kind']; explicit: boolean };

/** A label a person reads is short: beyond this many characters nothing is matched. */
export const LABEL_MAX = 200;
/** Characters read from a node at most (room for the spaces and line breaks of indented markup). */
export const RAW_MAX = 2000;

/** Classifies one piece of text: the first matching rule, or undefined when nothing matches. */
export function classifyLabel(text: string | null | undefined): LabelClass | undefined {
  const t = norm(text?.slice(0, LABEL_MAX));
  if (!t) return undefined;
  const rule = LABEL_RULES.find((r) => r.all.every((group) => group.some((p) => hasPhrase(t, p))));
  return rule && { kind: rule.kind, explicit: !!rule.explicit };
}

/** Each labelled control's labels, for the document `indexed` (one at a time: one per frame). */
let index = new WeakMap<Element, Element[]>();
let indexed: Document | undefined;

/** The labels naming an input (`for` or around it), like `input.labels`: from the index. */
export function labelsOf(input: HTMLInputElement): Element[] {
  const doc = input.ownerDocument;
  if (indexed !== doc) {
    index = new WeakMap();
    indexed = doc;
    for (const label of doc.getElementsByTagName('label')) {
      const control = label.control;
      if (control) index.set(control, [...(index.get(control) ?? []), label]);
    }
  }
  return index.get(input) ?? [];
}

/** Labels or fields came, went or changed: the next `labelsOf` indexes the labels again. */
export function forgetLabels(): void {
  indexed = undefined;
}
