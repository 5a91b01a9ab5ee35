/**
 * The official IESS / BIESS hosts: the one place they are written. Read by the manifest
 * (wxt.config.ts, entrypoints/content.ts), the popup's site check and permission request, the
 * page kinds and the flows table's link check. Plain data, no imports: wxt.config.ts loads it too.
 */

/** The IESS: www, app and any other subdomain. */
export const IESS_DOMAIN = 'iess.gob.ec';
/** The BIESS (its bank): www, pq, rematevirtual… It has no clave of its own. */
export const BIESS_DOMAIN = 'biess.fin.ec';

/** Official: https on these domains or any subdomain of them. */
export const OFFICIAL_DOMAINS = [IESS_DOMAIN, BIESS_DOMAIN] as const;

/** The IESS's former domain: no longer theirs, so a page there is a look-alike. */
export const RETIRED_DOMAINS = ['iess.gov.ec'] as const;

// Written out, not computed from the domains: the build check (tests/build/shipped-code.test.ts)
// reads every address in the shipped code, and a computed one would hide from it. The unit tests
// prove these agree with OFFICIAL_DOMAINS.

/** Match patterns of the only places the content script runs (also the optional host permissions). */
export const OFFICIAL_MATCHES: string[] = ['https://*.iess.gob.ec/*', 'https://*.biess.fin.ec/*'];

/** An https address on an official host (the flows table links only to those). */
export const OFFICIAL_LINK = /^https:\/\/([a-z0-9-]+\.)*(iess\.gob\.ec|biess\.fin\.ec)\//;

/** A source a person may be sent to read: the IESS's and the BIESS's own pages, or the government's gob.ec. */
export const OFFICIAL_SOURCE = /^https:\/\/([a-z0-9-]+\.)*(iess\.gob\.ec|biess\.fin\.ec|gob\.ec)\//;
