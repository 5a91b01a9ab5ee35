// @vitest-environment node
// The rules engine is pure: no DOM needed.
import { run } from './helpers';

describe('código dactilar', () => {
  it.each([
    ['V4443V4444', 'V4443V4444'],
    ['v4443v4444', 'V4443V4444'],
    [' V4443 V4444 ', 'V4443V4444'],
    ['V4443-V4444', 'V4443V4444'],
    ['Ｖ４４４３Ｖ４４４４', 'V4443V4444'],
    ['E1234I5678', 'E1234I5678'],
  ])('%j is ok', (raw, value) => {
    expect(run('dactilar', raw)).toMatchObject({ level: 'ok', code: 'dactilar.ok', value });
  });

  it('unfinished input that fits the pattern so far', () => {
    for (const raw of ['V', 'V4', 'V4443', 'V4443V', 'V4443V444']) {
      expect(run('dactilar', raw)).toMatchObject({ level: 'error', code: 'dactilar.short', incomplete: true });
    }
  });

  it('letter/digit mix-ups suggest the fixed code', () => {
    expect(run('dactilar', 'V4443V444O')).toMatchObject({ level: 'error', code: 'dactilar.confusable', params: { suggestion: 'V4443V4440' } });
    expect(run('dactilar', '04443V4444')).toMatchObject({ code: 'dactilar.confusable', params: { suggestion: 'O4443V4444' } });
    expect(run('dactilar', 'VI443V4444')).toMatchObject({ code: 'dactilar.confusable', params: { suggestion: 'V1443V4444' } });
  });

  it('other wrong shapes', () => {
    expect(run('dactilar', '44443V4444')).toMatchObject({ level: 'error', code: 'dactilar.format' });
    expect(run('dactilar', 'VV443V4444')).toMatchObject({ code: 'dactilar.format' });
    expect(run('dactilar', 'V4O')).toMatchObject({ code: 'dactilar.format' });
    expect(run('dactilar', 'V4443V44445')).toMatchObject({ code: 'dactilar.long', params: { count: 11 } });
    expect(run('dactilar', 'V4443Ñ4444')).toMatchObject({ code: 'dactilar.chars', params: { chars: '"Ñ"' } });
    expect(run('dactilar', '').level).toBe('empty');
  });
});
