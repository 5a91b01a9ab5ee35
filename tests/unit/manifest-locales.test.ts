import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(join(process.cwd(), `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('manifest locales', () => {
  const es = load('es');
  const en = load('en');
  it('have the same keys in Spanish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });
  it('say the extension is unofficial in both names', () => {
    expect(es.extName!.message).toMatch(/no oficial/i);
    expect(en.extName!.message).toMatch(/unofficial/i);
  });
});
