import { describe, expect, it } from 'vitest';
import { parseSignalMessage } from '../../utils/messaging';

describe('signal message schema', () => {
  const good = { type: 'asistente:signal', signal: 'email-sent', page: 'generate', at: 1, practice: false };
  it('accepts a well-formed signal', () => {
    expect(parseSignalMessage(good)).toEqual(good);
  });
  it.each([
    [{ ...good, signal: 'nope' }],
    [{ ...good, type: 'other' }],
    [{ ...good, at: '1' }],
    [null],
    ['asistente:signal'],
  ])('rejects %j', (bad) => {
    expect(parseSignalMessage(bad)).toBeUndefined();
  });
  it('drops extra keys such as a field value', () => {
    expect(parseSignalMessage({ ...good, value: '1714307103' })).not.toHaveProperty('value');
  });
});
