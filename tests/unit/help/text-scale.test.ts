import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canGrow, canShrink, rootFontSize, scalePercent, snapScale, stepScale, TEXT_SCALES } from '../../../utils/help/text-scale';
import { readPrefs, updatePrefs } from '../../../utils/storage/items';
import { parsePrefs } from '../../../utils/storage/schema';

describe('text scale rules', () => {
  it('steps up and down within the steps', () => {
    expect(stepScale(1, 1)).toBe(1.125);
    expect(stepScale(1, -1)).toBe(0.875);
    expect(stepScale(1.5, 1)).toBe(1.5);
    expect(stepScale(0.875, -1)).toBe(0.875);
    expect(stepScale(undefined, 1)).toBe(1.125);
    expect(canGrow(1.5)).toBe(false);
    expect(canShrink(0.875)).toBe(false);
    expect(canGrow(1) && canShrink(1)).toBe(true);
  });

  it('snaps any stored number to a step; garbage is the default', () => {
    expect(snapScale(1.3)).toBe(1.25);
    expect(snapScale(9)).toBe(1.5);
    expect(snapScale(NaN)).toBe(1);
    expect(snapScale(null)).toBe(1);
    for (const s of TEXT_SCALES) expect(snapScale(s)).toBe(s);
  });

  it('gives the root font size and the percentage', () => {
    expect(rootFontSize(1.25)).toBe('20px');
    expect(rootFontSize(undefined)).toBe('16px');
    expect(scalePercent(1.125)).toBe(113);
  });
});

describe('text scale preference', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage and keeps the other preferences', async () => {
    await updatePrefs({ lang: 'en' });
    await updatePrefs({ textScale: 1.25 });
    const raw = await fakeBrowser.storage.local.get('prefs');
    expect(raw.prefs).toMatchObject({ textScale: 1.25, lang: 'en' });
    expect(await readPrefs()).toMatchObject({ textScale: 1.25, lang: 'en' });
    await updatePrefs({ lang: 'es' });
    expect((await readPrefs()).textScale).toBe(1.25);
  });

  it('is optional: prefs stored before it stay valid; a wrong value does not pass', () => {
    expect(parsePrefs({ v: 1, lang: 'en', mailbox: null })).toEqual({ v: 1, lang: 'en', mailbox: null });
    expect(parsePrefs({ v: 1, lang: 'en', mailbox: null, textScale: 'big' }).lang).toBeNull();
    expect(parsePrefs({ v: 1, lang: 'en', mailbox: null, textScale: 40 }).lang).toBeNull();
  });
});
