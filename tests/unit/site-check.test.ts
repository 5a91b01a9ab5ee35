import { describe, expect, it } from 'vitest';
import { OFFICIAL_DOMAINS, RETIRED_DOMAINS } from '../../utils/portal/hosts';
import { PORTAL_URLS } from '../../utils/portal/pages';
import { classifySite } from '../../utils/site-check';

describe('classifySite', () => {
  it.each([
    // Official: https, the apex and any subdomain of iess.gob.ec / biess.fin.ec.
    ['https://iess.gob.ec/', 'official', 'official'],
    ['https://www.iess.gob.ec/', 'official', 'official'],
    ['https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/', 'official', 'official'],
    ['https://APP.IESS.GOB.EC/x?y=1#z', 'official', 'official'],
    ['https://app.iess.gob.ec./', 'official', 'official'],
    ['https://app.iess.gob.ec:443/', 'official', 'official'],
    ['https://biess.fin.ec/', 'official', 'official'],
    ['https://www.biess.fin.ec/', 'official', 'official'],
    ['https://pq.biess.fin.ec/', 'official', 'official'],
    ['https://rematevirtual.biess.fin.ec/', 'official', 'official'],
    // http on an official host
    ['http://app.iess.gob.ec/', 'lookalike', 'http'],
    ['http://www.biess.fin.ec/', 'lookalike', 'http'],
    // Look-alike names
    ['https://iess.net.ec/', 'lookalike', 'similar'],
    ['https://www.iess.net.ec/generar-clave', 'lookalike', 'similar'],
    ['https://iess-gob-ec.com/', 'lookalike', 'similar'],
    ['https://iess.gob.ec.example.com/', 'lookalike', 'similar'],
    ['https://app.iess.gob.ec.evil.net/login', 'lookalike', 'similar'],
    ['https://iessgob.ec/', 'lookalike', 'similar'],
    ['https://iess.ec/', 'lookalike', 'similar'],
    ['https://miiess.com/', 'lookalike', 'similar'],
    ['https://iessecuador.org/', 'lookalike', 'similar'],
    ['https://1ess.gob.ec.co/', 'lookalike', 'similar'],
    ['https://biess-fin-ec.com/', 'lookalike', 'similar'],
    ['https://biess.fin.ec.clave.xyz/', 'lookalike', 'similar'],
    ['https://gob.ec-iess.com/', 'lookalike', 'similar'],
    ['http://iess-clave.com/', 'lookalike', 'similar'],
    // The retired domain
    ['https://iess.gov.ec/', 'lookalike', 'retired'],
    ['https://www.iess.gov.ec/', 'lookalike', 'retired'],
    // User-info tricks: the real host is after the @
    ['https://iess.gob.ec@evil.com/', 'lookalike', 'userinfo'],
    ['https://app.iess.gob.ec:clave@evil.com/', 'lookalike', 'userinfo'],
    ['https://user@app.iess.gob.ec/', 'lookalike', 'userinfo'],
    ['https://www.biess.fin.ec%40evil.com@evil.com/', 'lookalike', 'userinfo'],
    // Punycode and mixed scripts (new URL turns them into xn--)
    ['https://xn--iess-8za.gob.ec.com/', 'lookalike', 'punycode'],
    ['https://app.xn--iss-7cd.gob.ec/', 'lookalike', 'punycode'],
    ['https://іess.gob.ec/', 'lookalike', 'punycode'], // Cyrillic і
    ['https://iеss.gob.ec/', 'lookalike', 'punycode'], // Cyrillic е
    ['https://bіess.fin.ec/', 'lookalike', 'punycode'],
    // Neutral
    ['https://www.google.com/', 'other', 'unrelated'],
    ['https://mail.yahoo.com/', 'other', 'unrelated'],
    ['https://www.gob.ec/', 'other', 'unrelated'],
    ['https://www.sri.gob.ec/', 'other', 'unrelated'],
    ['http://example.org/', 'other', 'unrelated'],
    ['https://user@example.org/', 'other', 'unrelated'],
    ['https://priessnitz.de/', 'other', 'unrelated'],
    ['https://192.168.1.1/', 'other', 'unrelated'],
    ['chrome://newtab/', 'other', 'not-web'],
    ['about:blank', 'other', 'not-web'],
    ['chrome-extension://abc/popup.html', 'other', 'not-web'],
    ['moz-extension://abc/popup.html', 'other', 'not-web'],
    ['file:///home/a/iess.gob.ec.html', 'other', 'not-web'],
    ['data:text/html,iess', 'other', 'not-web'],
    // Unknown: no url (activeTab not granted), or garbage
    ['', 'unknown', 'no-url'],
    ['   ', 'unknown', 'no-url'],
    ['iess.gob.ec', 'unknown', 'unparseable'],
    ['https://', 'unknown', 'unparseable'],
  ] as const)('%s → %s (%s)', (url, verdict, reason) => {
    const r = classifySite(url);
    expect(r.verdict).toBe(verdict);
    expect(r.reason).toBe(reason);
  });

  it('returns the punycode host for display', () => {
    expect(classifySite('https://іess.gob.ec/').host).toMatch(/^xn--/);
  });

  it('never throws on odd input', () => {
    for (const u of [undefined, null, 42, 'https://%zz@x.com/', 'https://[::1]/', 'javascript:alert(1)']) {
      expect(() => classifySite(u as unknown as string)).not.toThrow();
    }
  });

  it('follows the portal hosts table (utils/portal/hosts.ts) and accepts every portal page', () => {
    for (const d of OFFICIAL_DOMAINS) {
      expect(classifySite(`https://${d}/`).verdict).toBe('official');
      expect(classifySite(`https://a.b.${d}/x`).verdict).toBe('official');
      expect(classifySite(`http://${d}/`).reason).toBe('http');
    }
    for (const d of RETIRED_DOMAINS) expect(classifySite(`https://www.${d}/`).reason).toBe('retired');
    for (const url of Object.values(PORTAL_URLS)) expect(classifySite(url)).toMatchObject({ verdict: 'official' });
  });
});
