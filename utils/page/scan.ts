/**
 * Scan: the fields in the parts of the page that changed (./detect.ts) brought in line with the
 * watched ones: a new field gets a hint, a field that went away (or changed kind) loses its hint,
 * the others stay in place. Cost follows what changed, not the size of the page.
 */
import type { FieldKind } from '../rules/types';
import { detectFields, type DetectedField } from './detect';
import type { Field } from './field-watch';
import type { PageInfo } from './page-kinds';

/**
 * Beyond this many inputs the page is not a clave form (the portal's have fewer than 50): the
 * assistant stays quiet there rather than slow the tab.
 */
export const INPUT_MAX = 2000;

/**
 * Where a changed node's fields are judged: its form (a clave and its confirmation are judged
 * together), else the body when it holds inputs; nothing when neither.
 */
function scopeOf(node: Element): Element | null {
  const form = node.closest('form');
  if (form) return form;
  return node.getElementsByTagName('input').length || node.localName === 'input' ? node.ownerDocument.body : null;
}

/** True when `doc` has more inputs than INPUT_MAX. */
export const tooBig = (doc: Document) => doc.getElementsByTagName('input').length > INPUT_MAX;

/**
 * Scans the scopes of `roots` (see scopeOf). A field outside them stays as it is unless it left
 * the page; on a page that is too big every field goes.
 */
export function scanFields(
  doc: Document,
  roots: Iterable<Element>,
  page: Pick<PageInfo, 'tokens'>,
  fields: Map<HTMLInputElement, Field>,
  add: (found: DetectedField) => Field,
  remove: (field: Field) => void,
  keep: (field: Field) => void,
): void {
  // A page this big gets no hints at all (and nothing is read from it).
  const quiet = tooBig(doc);
  const scopes = new Set<Element>();
  for (const root of quiet ? [] : roots) {
    const scope = root.isConnected && scopeOf(root);
    if (scope) scopes.add(scope);
  }
  // Forms do not nest: the body holds them all.
  const list = scopes.has(doc.body) ? [doc.body] : [...scopes];
  const kinds = new Map<HTMLInputElement, FieldKind>();
  for (const scope of list) for (const f of detectFields(scope, page)) kinds.set(f.input, f.kind);
  for (const f of [...fields.values()]) {
    const kind = kinds.get(f.input);
    if (f.input.isConnected && !quiet && (kind ? kind === f.kind : !list.some((s) => s.contains(f.input)))) continue;
    remove(f);
    fields.delete(f.input);
  }
  let added = false;
  for (const [input, kind] of kinds) {
    const f = fields.get(input);
    if (f) keep(f);
    else {
      fields.set(input, add({ input, kind }));
      added = true;
    }
  }
  // Watched fields stay in document order (the first email is the one a confirmation matches).
  if (added) {
    const sorted = [...fields].sort(([a], [b]) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    fields.clear();
    for (const [input, f] of sorted) fields.set(input, f);
  }
}
