import { describe, expect, it } from 'vitest';
import { parsePrintQuery, printQuery } from '../../../utils/help/print-url';

describe('print page address', () => {
  it('round-trips task and language', () => {
    expect(printQuery('unlock', 'en')).toBe('?task=unlock&lang=en');
    expect(parsePrintQuery(printQuery('biess', 'es'))).toEqual({ task: 'biess', lang: 'es' });
  });
  it('ignores unknown tasks and languages', () => {
    expect(parsePrintQuery('?task=hacker&lang=fr')).toEqual({ task: null, lang: null });
    expect(parsePrintQuery('')).toEqual({ task: null, lang: null });
  });
});
