import { EMAIL_TABLES } from './tables';
import { RAW_MAX, isAsciiDigit, isAsciiLetter, listChars, normalizeEmail } from './normalize';
import { verdict, type RuleVerdict } from './verdict';

/** RFC 5321: a whole address is at most 254 characters, the part before the @ at most 64. */
const EMAIL_MAX = 254;
const LOCAL_MAX = 64;
const LABEL_MAX = 63;

const LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";
function localCharOk(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return isAsciiLetter(c) || isAsciiDigit(c) || LOCAL_SPECIALS.includes(ch);
}
function domainCharOk(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || isAsciiDigit(c) || ch === '-' || ch === '.';
}
const WHITESPACE = /\s/u;

// Tables as lookups, built once.
const REAL_DOMAINS: ReadonlySet<string> = new Set([
  ...EMAIL_TABLES.providers.flatMap((p) => p.tlds.map((tld) => `${p.name}.${tld}`)),
  ...EMAIL_TABLES.otherDomains,
]);
const LOOKALIKES: ReadonlySet<string> = new Set(EMAIL_TABLES.lookalikes);
const TYPOS: ReadonlyMap<string, string> = new Map(Object.entries(EMAIL_TABLES.typos));
const TLD_TYPOS: ReadonlyMap<string, string> = new Map(Object.entries(EMAIL_TABLES.tldTypos));

/** Optimal-string-alignment distance (one edit = insert, delete, replace or swap two neighbours), capped at 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return Math.min(2, rows[a.length]?.[b.length] ?? 2);
}

/**
 * The domain a person most likely meant, when `domain` (lowercase) looks like a typo of a
 * common mail domain; undefined for real domains (hotmail.es, outlook.es, yahoo.es are real).
 */
export function suggestDomain(domain: string): string | undefined {
  if (REAL_DOMAINS.has(domain)) return undefined;
  const direct = TYPOS.get(domain);
  if (direct) return direct;
  const labels = domain.split('.');
  // name.tld or name.tld1.tld2 (com.ec, co.uk), no subdomains.
  for (const k of [2, 1]) {
    if (labels.length !== k + 1) continue;
    const name = labels[0] ?? '';
    const tld = labels.slice(1).join('.');
    const provider =
      EMAIL_TABLES.providers.find((p) => p.name === name) ??
      (LOOKALIKES.has(name) ? undefined : EMAIL_TABLES.providers.find((p) => p.fuzzy && editDistance(name, p.name) === 1));
    if (!provider) continue;
    if (provider.tlds.includes(tld)) {
      if (provider.name !== name) return `${provider.name}.${tld}`;
      continue;
    }
    const fixed = TLD_TYPOS.get(tld);
    if (fixed && provider.tlds.includes(fixed)) return `${provider.name}.${fixed}`;
  }
  return undefined;
}

/** Canonical comparison form: local part as typed, domain lowercase. */
function canonicalEmail(s: string): string {
  const at = s.indexOf('@');
  return at < 0 ? s : `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
}

export function checkEmail(raw: string): RuleVerdict {
  if (raw.length > RAW_MAX) return verdict('input.too-long');
  const s = normalizeEmail(raw);
  if (s.length === 0) return verdict('email.empty');
  if (s.length > EMAIL_MAX) return verdict('input.too-long');
  if (WHITESPACE.test(s)) return verdict('email.spaces');

  const at = s.indexOf('@');
  if (at < 0) {
    const chars = listChars(s, (ch) => !localCharOk(ch));
    if (chars) return verdict('email.local-chars', { params: { chars } });
    return verdict('email.no-at', { incomplete: true });
  }
  if (s.indexOf('@', at + 1) >= 0) return verdict('email.many-at');

  const local = s.slice(0, at);
  if (local.length === 0) return verdict('email.local-empty');
  const localChars = listChars(local, (ch) => !localCharOk(ch));
  if (localChars) return verdict('email.local-chars', { params: { chars: localChars } });
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return verdict('email.local-dots');
  if (local.length > LOCAL_MAX) return verdict('email.local-long', { params: { max: LOCAL_MAX } });

  const domain = s.slice(at + 1).toLowerCase();
  if (domain.length === 0) return verdict('email.no-domain', { incomplete: true });
  const domainChars = listChars(domain, (ch) => !domainCharOk(ch));
  if (domainChars) return verdict('email.domain-chars', { params: { chars: domainChars } });
  if (domain.startsWith('.') || domain.includes('..')) return verdict('email.domain-dots');
  if (!domain.includes('.') || domain.endsWith('.')) return verdict('email.no-tld', { incomplete: true });

  const labels = domain.split('.');
  for (const label of labels) {
    if (label.length > LABEL_MAX || label.startsWith('-') || label.endsWith('-')) return verdict('email.domain');
  }
  const tld = labels[labels.length - 1] ?? '';
  for (let i = 0; i < tld.length; i++) {
    if (!isAsciiLetter(tld.charCodeAt(i))) return verdict('email.tld', { params: { tld } });
  }
  if (tld.length < 2) return verdict('email.no-tld', { incomplete: true });

  const value = `${local}@${domain}`;
  const fix = suggestDomain(domain);
  if (fix) return verdict('email.typo', { params: { suggestion: `${local}@${fix}`, domain: fix }, value });
  return verdict('email.ok', { value });
}

export function checkEmailConfirm(raw: string, first: string): RuleVerdict {
  if (raw.length > RAW_MAX) return verdict('input.too-long');
  const c = normalizeEmail(raw);
  if (c.length === 0) return verdict('email-confirm.empty');
  if (c.length > EMAIL_MAX) return verdict('input.too-long');
  const f = first.length > RAW_MAX ? '' : normalizeEmail(first);
  if (f.length === 0) return verdict('email-confirm.no-first');
  const cc = canonicalEmail(c);
  const fc = canonicalEmail(f);
  if (cc === fc) return verdict('email-confirm.ok', { value: cc });
  // Still typing the same address: only unfinished.
  const typing = fc.length > cc.length && fc.startsWith(cc);
  return verdict('email-confirm.mismatch', { incomplete: typing });
}
