// STUB until the rules-engine issue lands: the real engine replaces this file.
import type { CheckContext, FieldKind, Verdict } from './types';
export * from './types';

export function check(kind: FieldKind, raw: string, _context?: CheckContext): Verdict {
  const v = String(raw ?? '').trim();
  if (!v) return { level: 'empty', code: `${kind}.empty` };
  return { level: 'ok', code: `${kind}.ok`, value: v };
}
