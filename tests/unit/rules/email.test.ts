// @vitest-environment node
// The rules engine is pure: no DOM needed.
import { check, suggestDomain } from '../../../utils/rules';
import { editDistance } from '../../../utils/rules/email';
import { run } from './helpers';

describe('email: syntax', () => {
  it.each([
    ['juan.perez@gmail.com', 'email.ok', 'juan.perez@gmail.com'],
    ['  Juan.Perez@GMAIL.COM ', 'email.ok', 'Juan.Perez@gmail.com'],
    ['maria+iess@hotmail.es', 'email.ok', 'maria+iess@hotmail.es'],
    ['ana@empresa.com.ec', 'email.ok', 'ana@empresa.com.ec'],
    ['a_b-c@sub.dominio.ec', 'email.ok', 'a_b-c@sub.dominio.ec'],
    ['juan＠gmail．com', 'email.ok', 'juan@gmail.com'],
    ['juan@gmail.com\u200B', 'email.ok', 'juan@gmail.com'],
  ])('%j → %s', (raw, code, value) => {
    expect(run('email', raw)).toMatchObject({ code, value });
  });

  it.each([
    ['juan perez@gmail.com', 'email.spaces', false],
    ['juan', 'email.no-at', true],
    ['juan@', 'email.no-domain', true],
    ['juan@gmail', 'email.no-tld', true],
    ['juan@gmail.', 'email.no-tld', true],
    ['juan@gmail.c', 'email.no-tld', true],
    ['juan@@gmail.com', 'email.many-at', false],
    ['juan@gmail@com', 'email.many-at', false],
    ['@gmail.com', 'email.local-empty', false],
    ['juañ@gmail.com', 'email.local-chars', false],
    ['ju,an@gmail.com', 'email.local-chars', false],
    ['.juan@gmail.com', 'email.local-dots', false],
    ['juan.@gmail.com', 'email.local-dots', false],
    ['ju..an@gmail.com', 'email.local-dots', false],
    [`${'a'.repeat(65)}@gmail.com`, 'email.local-long', false],
    ['juan@gma_il.com', 'email.domain-chars', false],
    ['juan@.gmail.com', 'email.domain-dots', false],
    ['juan@gmail..com', 'email.domain-dots', false],
    ['juan@-gmail.com', 'email.domain', false],
    ['juan@gmail-.com', 'email.domain', false],
    ['juan@gmail.c0m', 'email.tld', false],
    ['juan@gmail.123', 'email.tld', false],
    [`juan@${'a'.repeat(250)}.com`, 'input.too-long', false],
  ])('%j → %s', (raw, code, incomplete) => {
    const v = run('email', raw);
    expect(v.level).toBe('error');
    expect(v.code).toBe(code);
    expect(Boolean(v.incomplete)).toBe(incomplete);
  });

  it('names the offending characters', () => {
    expect(run('email', 'jose ñ@x.com').code).toBe('email.spaces');
    expect(run('email', 'josé@gmail.com').params).toEqual({ chars: '"é"' });
    expect(run('email', 'juan@gmáil.com')).toMatchObject({ code: 'email.domain-chars', params: { chars: '"á"' } });
  });

  it('is linear on hostile input (no backtracking)', () => {
    const evil = `${'a.'.repeat(120)}@${'a-'.repeat(60)}`;
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) check('email', evil);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('email: typos', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmail.con', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gmal.com', 'gmail.com'],
    ['gamil.com', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['gmail.com.ec', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['hotmail.con', 'hotmail.com'],
    ['hotmial.es', 'hotmail.es'],
    ['hotmil.es', 'hotmail.es'],
    ['outlok.com', 'outlook.com'],
    ['outlok.es', 'outlook.es'],
    ['yaho.com', 'yahoo.com'],
    ['yahooo.es', 'yahoo.es'],
    ['iclud.com', 'icloud.com'],
    ['gmaul.cmo', 'gmail.com'],
  ])('%s → %s', (domain, fixed) => {
    expect(suggestDomain(domain)).toBe(fixed);
    expect(run('email', `Ana.M@${domain.toUpperCase()}`)).toMatchObject({
      level: 'warn',
      code: 'email.typo',
      params: { suggestion: `Ana.M@${fixed}`, domain: fixed },
      value: `Ana.M@${domain}`,
    });
  });

  it.each([
    'gmail.com', 'hotmail.com', 'hotmail.es', 'outlook.es', 'outlook.com', 'yahoo.es', 'yahoo.com', 'live.com',
    'icloud.com', 'mail.com', 'ymail.com', 'email.com', 'gmx.com', 'iess.gob.ec', 'empresa.com.ec', 'hotmail.com.ar',
    'gmaila.empresa.ec', 'netlife.net.ec', 'uce.edu.ec',
  ])('%s is not a typo', (domain) => {
    expect(suggestDomain(domain)).toBeUndefined();
    expect(run('email', `ana@${domain}`).level).toBe('ok');
  });

  it('edit distance counts a swap as one edit', () => {
    expect(editDistance('gmial', 'gmail')).toBe(1);
    expect(editDistance('gmai', 'gmail')).toBe(1);
    expect(editDistance('gmaill', 'gmail')).toBe(1);
    expect(editDistance('gnail', 'gmail')).toBe(1);
    expect(editDistance('gmail', 'gmail')).toBe(0);
    expect(editDistance('hotmail', 'gmail')).toBe(2);
    expect(editDistance('yahoo', 'gmail')).toBe(2);
  });
});

describe('email: typos seen in practice', () => {
  // The whole-domain typo list the tables once held: most are found by one edit of a provider
  // name plus the TLD typos, so only the rest stays in EMAIL_TABLES.typos. None may get lost.
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmal.com', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gamil.com', 'gmail.com'],
    ['gnail.com', 'gmail.com'],
    ['gmaill.com', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['gmail.con', 'gmail.com'],
    ['gmail.cm', 'gmail.com'],
    ['gmail.om', 'gmail.com'],
    ['gmail.comm', 'gmail.com'],
    ['gmail.es', 'gmail.com'],
    ['gmail.com.ec', 'gmail.com'],
    ['g.mail.com', 'gmail.com'],
    ['gmail.cl', 'gmail.com'],
    ['gmsil.com', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['hotmal.com', 'hotmail.com'],
    ['hotmai.com', 'hotmail.com'],
    ['homail.com', 'hotmail.com'],
    ['hotmail.con', 'hotmail.com'],
    ['hotmail.co', 'hotmail.com'],
    ['hotnail.com', 'hotmail.com'],
    ['hotamil.com', 'hotmail.com'],
    ['hormail.com', 'hotmail.com'],
    ['hotmail.com.ec', 'hotmail.com'],
    ['hotmil.com', 'hotmail.com'],
    ['otmail.com', 'hotmail.com'],
    ['outlok.com', 'outlook.com'],
    ['outllok.com', 'outlook.com'],
    ['oulook.com', 'outlook.com'],
    ['outlook.con', 'outlook.com'],
    ['otlook.com', 'outlook.com'],
    ['outloo.com', 'outlook.com'],
    ['yaho.com', 'yahoo.com'],
    ['yahooo.com', 'yahoo.com'],
    ['yahoo.con', 'yahoo.com'],
    ['yhaoo.com', 'yahoo.com'],
    ['yahho.com', 'yahoo.com'],
    ['yahoo.com.ec', 'yahoo.com'],
    ['icloud.con', 'icloud.com'],
    ['iclod.com', 'icloud.com'],
    ['icoud.com', 'icloud.com'],
    ['live.con', 'live.com'],
  ])('%s → %s', (domain, fixed) => {
    expect(suggestDomain(domain)).toBe(fixed);
  });
});

describe('email-confirm', () => {
  const ctx = { email: 'Juan.Perez@gmail.com' };
  it('matches with the domain in any case, the local part as typed', () => {
    expect(run('email-confirm', 'Juan.Perez@GMAIL.com', ctx)).toMatchObject({ level: 'ok', value: 'Juan.Perez@gmail.com' });
    expect(run('email-confirm', ' Juan.Perez@gmail.com ', ctx).level).toBe('ok');
    expect(run('email-confirm', 'juan.perez@gmail.com', ctx)).toMatchObject({ level: 'error', code: 'email-confirm.mismatch' });
  });
  it('a prefix of the first email is only unfinished', () => {
    expect(run('email-confirm', 'Juan.Perez@gm', ctx)).toMatchObject({ code: 'email-confirm.mismatch', incomplete: true });
    expect(run('email-confirm', 'Juan.Perez@GM', ctx)).toMatchObject({ code: 'email-confirm.mismatch', incomplete: true });
    expect(run('email-confirm', 'Juan.Perez@gmail.comm', ctx).incomplete).toBeUndefined();
    expect(run('email-confirm', 'Juan.Pe3', ctx).incomplete).toBeUndefined();
  });
  it('empty, and no first email yet', () => {
    expect(run('email-confirm', '  ', ctx).level).toBe('empty');
    expect(run('email-confirm', 'a@b.com', {})).toMatchObject({ level: 'warn', code: 'email-confirm.no-first' });
    expect(run('email-confirm', 'a@b.com')).toMatchObject({ code: 'email-confirm.no-first' });
  });
});
