/**
 * The clave policy in Apple's password-rules language (the `passwordrules` attribute read by
 * Safari / iCloud Keychain and other password managers), and a small parser for it.
 * https://developer.apple.com/password-rules/
 */
import { PASSWORD_POLICY } from './tables';

type Policy = typeof PASSWORD_POLICY;

export function formatPasswordRules(p: Policy = PASSWORD_POLICY): string {
  const parts = [`minlength: ${p.minLength};`, `maxlength: ${p.maxLength};`];
  for (const group of p.recommended) parts.push(`required: ${group.join(', ')};`);
  parts.push(`allowed: ${p.allowed.join(', ')};`);
  return parts.join(' ');
}

/** "minlength: 6; maxlength: 15; required: upper, lower; required: digit; allowed: upper, lower, digit;" */
export const PASSWORD_RULES = /* @__PURE__ */ formatPasswordRules();

export interface ParsedPasswordRules {
  minLength?: number;
  maxLength?: number;
  maxConsecutive?: number;
  /** Each entry: a password must hold at least one character of one of these classes. */
  required: string[][];
  /** Classes allowed besides the required ones. */
  allowed: string[];
}

const NAMED_CLASSES = new Set(['upper', 'lower', 'digit', 'special', 'ascii-printable', 'unicode']);

/** Splits on `sep` outside `[...]` custom classes. */
function splitOutside(text: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = false;
  for (const ch of text) {
    if (ch === '[' && !depth) depth = true;
    else if (ch === ']' && depth) depth = false;
    if (ch === sep && !depth) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseClasses(value: string): string[] {
  return splitOutside(value, ',').map((c) => {
    const t = c.trim();
    const lower = t.toLowerCase();
    if (NAMED_CLASSES.has(lower)) return lower;
    if (t.length >= 2 && t.startsWith('[') && t.endsWith(']')) return t;
    throw new Error(`unknown character class: ${t}`);
  });
}

function parseInteger(value: string): number {
  const t = value.trim();
  if (!/^\d{1,4}$/.test(t)) throw new Error(`not a number: ${t}`);
  return Number(t);
}

/** Parses a password-rules string. Throws on a malformed rule; unknown properties are ignored (as the spec says). */
export function parsePasswordRules(text: string): ParsedPasswordRules {
  const out: ParsedPasswordRules = { required: [], allowed: [] };
  for (const rule of splitOutside(text, ';')) {
    if (rule.trim() === '') continue;
    const colon = rule.indexOf(':');
    if (colon < 0) throw new Error(`missing ':' in ${rule.trim()}`);
    const name = rule.slice(0, colon).trim().toLowerCase();
    const value = rule.slice(colon + 1);
    switch (name) {
      case 'minlength':
        out.minLength = parseInteger(value);
        break;
      case 'maxlength':
        out.maxLength = parseInteger(value);
        break;
      case 'max-consecutive':
        out.maxConsecutive = parseInteger(value);
        break;
      case 'required':
        out.required.push(parseClasses(value));
        break;
      case 'allowed':
        for (const c of parseClasses(value)) if (!out.allowed.includes(c)) out.allowed.push(c);
        break;
      default:
        break;
    }
  }
  return out;
}
