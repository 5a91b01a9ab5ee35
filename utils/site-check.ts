import { OFFICIAL_DOMAINS, RETIRED_DOMAINS } from './portal/hosts';

/**
 * Is this tab an official IESS / BIESS site? A pure function over the URL string.
 * Official: https, no user-info, host on an official domain (utils/portal/hosts.ts) or any subdomain.
 * Look-alike: names that imitate them (other TLDs, dashes, extra suffixes, digits for letters),
 * http, user-info tricks, punycode (`new URL` turns IDN and mixed-script hosts into `xn--`),
 * and the retired domain. Anything else is neutral; no URL is "unknown".
 */
export type SiteVerdict = 'official' | 'lookalike' | 'other' | 'unknown';
export type SiteReason =
  | 'official'
  | 'http'
  | 'userinfo'
  | 'punycode'
  | 'retired'
  | 'similar'
  | 'unrelated'
  | 'not-web'
  | 'no-url'
  | 'unparseable';

export interface SiteCheck {
  verdict: SiteVerdict;
  reason: SiteReason;
  /** The host as parsed (punycode), for display; absent when there is none. */
  host?: string;
}


function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Folds the usual digit-for-letter swaps so `1ess` and `g0b` read as `iess` and `gob`. */
function fold(s: string): string {
  return s.replace(/1/g, 'i').replace(/0/g, 'o');
}

/** Does a (non-official) host imitate the IESS / BIESS names? */
function imitates(text: string): boolean {
  const t = fold(text.toLowerCase());
  const tokens = t.split(/[^a-z0-9]+/).filter(Boolean);
  if (tokens.some((w) => w.startsWith('iess') || w.startsWith('biess') || w.endsWith('iess'))) {
    // "iess" at a word edge: iess.net.ec, iess-gob-ec.com, miiess.com, iessecuador.com.
    // Common words ending in "iess" are vanishingly rare in hosts; accepted.
    return true;
  }
  const joined = tokens.join('');
  return joined.includes('iessgob') || joined.includes('biessfin');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function classifySite(url: string): SiteCheck {
  if (typeof url !== 'string' || url.trim() === '') return { verdict: 'unknown', reason: 'no-url' };
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return { verdict: 'unknown', reason: 'unparseable' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { verdict: 'other', reason: 'not-web' };

  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const userinfo = safeDecode(`${u.username}:${u.password}`);
  const official = OFFICIAL_DOMAINS.some((d) => isUnder(host, d));
  const view = { host };

  // https://<official host>@evil.com: the real host is after the "@". Official pages never use it.
  if (u.username || u.password) {
    if (official || imitates(userinfo) || imitates(host)) return { verdict: 'lookalike', reason: 'userinfo', ...view };
  }
  // new URL already turned IDN / mixed-script names into punycode; anything left non-ASCII is odd.
  if (host.split('.').some((label) => label.startsWith('xn--')) || /[^\p{ASCII}]/u.test(host)) {
    return { verdict: 'lookalike', reason: 'punycode', ...view };
  }
  if (RETIRED_DOMAINS.some((d) => isUnder(host, d))) return { verdict: 'lookalike', reason: 'retired', ...view };
  if (official) {
    return u.protocol === 'https:'
      ? { verdict: 'official', reason: 'official', ...view }
      : { verdict: 'lookalike', reason: 'http', ...view };
  }
  if (imitates(host)) return { verdict: 'lookalike', reason: 'similar', ...view };
  return { verdict: 'other', reason: 'unrelated', ...view };
}
