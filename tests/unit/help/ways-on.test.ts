import { describe, expect, it } from 'vitest';
import sourcesDoc from '../../../utils/help/sources.md?raw';
import { PROFILE_IDS, type ProfileId } from '../../../utils/flows';
import { helpMessages } from '../../../utils/i18n/help';
import {
  SourceSchema,
  WAYS_ON,
  WaysOnSchema,
  isOfficialUrl,
  sourceLabel,
  waysOnFor,
  type WayOn,
} from '../../../utils/help/ways-on';

const ids = (task: ProfileId) => waysOnFor(task).map((w) => w.id);

describe('ways on without the registered email', () => {
  it('the table parses', () => {
    const parsed = WaysOnSchema.safeParse(WAYS_ON);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('holds exactly the facts issue 15 item 6 lists', () => {
    expect(WAYS_ON.map((w) => w.id).sort()).toEqual(['biess-line', 'cau', 'contact-140', 'fingerprint', 'foreigner', 'islas-web']);
  });

  it('every fact has at least one source with a url or a date', () => {
    for (const w of WAYS_ON) {
      expect(w.sources.length, w.id).toBeGreaterThan(0);
      for (const s of w.sources) expect(!!s.url || !!s.date || !!s.accessed, `${w.id}: ${s.title}`).toBe(true);
    }
  });

  it('ships only official addresses; every other source is listed with its address in sources.md', () => {
    for (const w of WAYS_ON) {
      for (const s of w.sources) {
        if (s.url) expect(isOfficialUrl(s.url), s.url).toBe(true);
        else expect(sourcesDoc, `${w.id}: ${s.title}`).toContain(`| ${s.title}`);
      }
    }
    expect(SourceSchema.safeParse({ publisher: 'Diario', title: 'Una nota', kind: 'news', url: 'https://www.diario.com/x' }).success).toBe(false);
  });

  it('rejects a fact without a source, a source without url nor date, and an unknown text key', () => {
    const base = WAYS_ON[0] as WayOn;
    expect(WaysOnSchema.safeParse([{ ...base, sources: [] }]).success).toBe(false);
    expect(WaysOnSchema.safeParse([{ ...base, sources: undefined }]).success).toBe(false);
    expect(SourceSchema.safeParse({ publisher: 'IESS', title: 'Un boletín', kind: 'official' }).success).toBe(false);
    expect(SourceSchema.safeParse({ publisher: 'IESS', title: 'Un boletín', kind: 'official', url: 'http://iess.gob.ec/' }).success).toBe(false);
    expect(WaysOnSchema.safeParse([{ ...base, text: 'ways.invented' }]).success).toBe(false);
    expect(WaysOnSchema.safeParse([base, base]).success).toBe(false);
  });

  it('publishes only the two phone numbers the sources give, dialable as written', () => {
    const phones = WAYS_ON.filter((w) => w.phone).map((w) => [w.id, w.phone!.tel, w.phone!.display]);
    expect(phones).toEqual([
      ['biess-line', '1800243777', '1800-243777'],
      ['contact-140', '140', '140'],
    ]);
    for (const w of WAYS_ON) if (w.phone) expect(w.phone.display.replace(/\D/g, '')).toBe(w.phone.tel);
  });

  it('texts invent no hours, addresses or other numbers', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const w of WAYS_ON) {
        const text = helpMessages[lang][w.text];
        expect(text, `${lang}:${w.id}`).not.toMatch(/\d{1,2}[:h]\d{2}|lunes|monday|calle|avenida|street/i);
        const numbers = text.match(/\d[\dA-Z-]*/g) ?? [];
        for (const n of numbers) expect(['140', '1800-BIESS7'], `${lang}:${w.id}`).toContain(n);
      }
    }
  });

  it('shows per task only what applies', () => {
    expect(ids('unlock')).toEqual(['cau', 'fingerprint', 'islas-web', 'foreigner', 'contact-140']);
    expect(ids('biess')).toEqual(['cau', 'biess-line']);
    expect(ids('empleador')).toEqual(['islas-web', 'contact-140']);
    expect(ids('afiliado')).not.toContain('fingerprint');
    expect(ids('afiliado')).not.toContain('biess-line');
    for (const task of PROFILE_IDS) expect(ids(task).length, task).toBeGreaterThan(0);
    for (const w of WAYS_ON) for (const task of w.tasks) expect(ids(task)).toContain(w.id);
  });

  it('links only official sources and labels the rest by publisher and date', () => {
    expect(isOfficialUrl('https://iess.gob.ec/es/sala-de-prensa/x')).toBe(true);
    expect(isOfficialUrl('https://www.biess.fin.ec/x')).toBe(true);
    expect(isOfficialUrl('https://www.eluniverso.com/x')).toBe(false);
    expect(isOfficialUrl('https://iess.gob.ec.evil.com/')).toBe(false);
    expect(isOfficialUrl(undefined)).toBe(false);
    const iess = WAYS_ON.find((w) => w.id === 'fingerprint')!.sources[0]!;
    expect(sourceLabel(iess, 'es')).toBe('IESS, 15/11/2024');
    expect(sourceLabel(iess, 'en')).toBe('IESS, 11/15/2024');
    expect(sourceLabel({ ...iess, date: '2026' }, 'es')).toBe('IESS, 2026');
    expect(sourceLabel({ ...iess, date: undefined }, 'es')).toBe('IESS');
  });
});
