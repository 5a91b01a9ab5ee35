/**
 * Scan: the fields under a root (./detect.ts) brought in line with the watched ones: a new field
 * gets a hint, a field that went away (or changed kind) loses its hint, the others stay in place.
 */
import { detectFields, type DetectedField } from './detect';
import type { Field } from './field-watch';
import type { PageInfo } from './page-kinds';

export function scanFields(
  root: Element,
  page: Pick<PageInfo, 'tokens'>,
  fields: Map<HTMLInputElement, Field>,
  add: (found: DetectedField) => Field,
  remove: (field: Field) => void,
  keep: (field: Field) => void,
): void {
  const detected = detectFields(root, page);
  const kinds = new Map(detected.map((f) => [f.input, f.kind]));
  for (const f of [...fields.values()]) {
    if (kinds.get(f.input) === f.kind && f.input.isConnected) continue;
    remove(f);
    fields.delete(f.input);
  }
  for (const found of detected) {
    const f = fields.get(found.input);
    if (f) keep(f);
    else fields.set(found.input, add(found));
  }
}
