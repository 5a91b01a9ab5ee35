import { PHONE_POLICY } from './tables';
import { ID_MAX, RAW_MAX, isDigits, listChars, normalizePhone } from './normalize';
import { verdict, type RuleVerdict } from './verdict';

const CC = PHONE_POLICY.countryCode;
const LONGEST = Math.max(...PHONE_POLICY.kinds.map((k) => k.length));
const SHORTEST = Math.min(...PHONE_POLICY.kinds.map((k) => k.length));
const MOBILE_LEN = PHONE_POLICY.kinds.find((k) => k.type === 'mobile')?.length ?? LONGEST;

function kindOf(nsn: string) {
  const first = nsn.charCodeAt(0) - 48;
  return PHONE_POLICY.kinds.find((k) => k.first.includes(first));
}

const notDigit = (ch: string): boolean => !(ch.length === 1 && ch >= '0' && ch <= '9');

/**
 * Judges a national significant number (the digits after the leading 0 or after +593).
 * `typed` counts the digits the person typed, for the "too many" hint.
 */
function judgeNsn(nsn: string, typed: number, prefixLen: number): RuleVerdict {
  // "+593 (0)9…": the 0 after the country code is common and harmless.
  if (prefixLen > 1 && nsn.startsWith('0')) nsn = nsn.slice(1);
  if (nsn.length === 0) return verdict('phone.short', { params: { missing: MOBILE_LEN }, incomplete: true });
  const kind = kindOf(nsn);
  if (!kind) return verdict('phone.prefix');
  if (nsn.length < kind.length) {
    return verdict('phone.short', { params: { missing: kind.length - nsn.length }, incomplete: true });
  }
  if (nsn.length > kind.length) return verdict('phone.long', { params: { count: typed, extra: nsn.length - kind.length } });
  return verdict('phone.ok', { params: { type: kind.type, international: `+${CC}${nsn}` }, value: `0${nsn}` });
}

export function checkPhone(raw: string): RuleVerdict {
  if (raw.length > RAW_MAX) return verdict('input.too-long');
  const s = normalizePhone(raw);
  if (s.length === 0) return verdict('phone.empty');
  if (s.length > ID_MAX) return verdict('input.too-long');

  const plus = s.startsWith('+');
  const d = plus ? s.slice(1) : s;
  const chars = listChars(d, notDigit);
  if (chars) return verdict('phone.chars', { params: { chars } });
  if (d.length === 0) return verdict('phone.short', { params: { missing: CC.length + MOBILE_LEN }, incomplete: true });

  // International forms: +593…, 00593…, and 593… when long enough to be one.
  let intl: string | undefined;
  if (plus) intl = d;
  else {
    for (const p of PHONE_POLICY.internationalPrefixes) {
      if (d.startsWith(p)) {
        intl = d.slice(p.length);
        break;
      }
    }
  }
  if (intl === undefined && d.startsWith(CC)) {
    // "593…" without "+": long enough to hold a number, or a mobile on its way ("5939…").
    if (d.length >= CC.length + SHORTEST) intl = d;
    else if (d.length > PHONE_POLICY.localLength && d.startsWith(`${CC}9`)) {
      return verdict('phone.short', { params: { missing: CC.length + MOBILE_LEN - d.length }, incomplete: true });
    }
  }

  if (intl !== undefined) {
    if (intl.startsWith(CC)) return judgeNsn(intl.slice(CC.length), d.length, CC.length);
    if (CC.startsWith(intl)) {
      return verdict('phone.short', { params: { missing: CC.length - intl.length + MOBILE_LEN }, incomplete: true });
    }
    // Another country: allowed (people abroad), but the portal may not take it.
    if (intl.length > PHONE_POLICY.maxInternational) return verdict('phone.long', { params: { count: d.length, extra: intl.length - PHONE_POLICY.maxInternational } });
    if (intl.length < 8) return verdict('phone.short', { params: { missing: 8 - intl.length }, incomplete: true });
    return verdict('phone.foreign', { value: `+${intl}` });
  }

  if (d.startsWith('0')) return judgeNsn(d.slice(1), d.length, 1);

  // No 0 and no country code.
  const kind = kindOf(d);
  if (d.length === PHONE_POLICY.localLength && isDigits(d)) return verdict('phone.local');
  if (kind && d.length === kind.length) {
    return verdict('phone.missing-zero', { params: { suggestion: `0${d}` }, value: `0${d}` });
  }
  if (d.length < PHONE_POLICY.localLength || (kind?.type === 'mobile' && d.length < kind.length)) {
    return verdict('phone.short', { params: { missing: Math.max(1, PHONE_POLICY.localLength - d.length) }, incomplete: true });
  }
  return verdict('phone.prefix');
}
