/**
 * The words next to a field → which rule judges it (table: utils/portal/labels.ts), at a cost that
 * does not grow with the page: at most LABEL_MAX characters are matched and at most RAW_MAX read
 * from any node (a page may put 100 KB in a label), and the labels of the document are indexed in
 * one pass (`input.labels` walks the whole document for each input) and read once per input.
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
  const t = norm(String(text ?? '').slice(0, LABEL_MAX));
  if (!t) return undefined;
  const rule = LABEL_RULES.find((r) => r.all.every((group) => group.some((p) => hasPhrase(t, p))));
  return rule && { kind: rule.kind, explicit: !!rule.explicit };
}

/** A node's text like `textContent`, but at most RAW_MAX characters of it (the rest is never read). */
export function rawText(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3) return (node as Text).data.slice(0, RAW_MAX);
  let out = '';
  const walk = node.ownerDocument!.createTreeWalker(node, 4 /* text nodes */);
  while (out.length < RAW_MAX && walk.nextNode()) out += (walk.currentNode as Text).data.slice(0, RAW_MAX - out.length);
  return out;
}

/** Per document: each labelled control's labels, and each input's label texts once read. */
type Labels = { of: WeakMap<Element, Element[]>; texts: WeakMap<Element, string[]> };
const byDoc = new WeakMap<Document, Labels>();

function labelsIn(doc: Document): Labels {
  let labels = byDoc.get(doc);
  if (!labels) {
    const of = new WeakMap<Element, Element[]>();
    for (const label of doc.getElementsByTagName('label')) {
      const control = (label as HTMLLabelElement).control;
      if (control) of.set(control, [...(of.get(control) ?? []), label]);
    }
    byDoc.set(doc, (labels = { of, texts: new WeakMap() }));
  }
  return labels;
}

/** The texts of an input's labels (and of a label around it), spaces collapsed, LABEL_MAX each. */
export function labelTexts(input: HTMLInputElement): string[] {
  const labels = labelsIn(input.ownerDocument);
  let texts = labels.texts.get(input);
  if (!texts) {
    const found = new Set(labels.of.get(input));
    const wrapping = input.closest('label');
    if (wrapping) found.add(wrapping);
    texts = Array.from(found, (l) => rawText(l).replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX));
    labels.texts.set(input, texts);
  }
  return texts;
}

/** Labels or controls came, went or changed in `doc`: index and read them again when asked. */
export function forgetLabels(doc: Document): void {
  byDoc.delete(doc);
}
