/** Which rule judges a field, from the text a person reads next to it (table: utils/portal/labels.ts). */
import { LABEL_RULES, type LabelRule } from '../portal/labels';
import { norm, hasPhrase } from './normalize-text';

export type LabelClass = { kind: LabelRule['kind']; explicit: boolean };

/** Classifies one piece of text: the first matching rule, or undefined when nothing matches. */
export function classifyLabel(text: string | null | undefined): LabelClass | undefined {
  const t = norm(text);
  if (!t) return undefined;
  const rule = LABEL_RULES.find((r) => r.all.every((group) => group.some((p) => hasPhrase(t, p))));
  return rule && { kind: rule.kind, explicit: !!rule.explicit };
}
