/**
 * A− / A+ (issue 15 item 9): the popup's text size, remembered in the preferences and applied as
 * the root font size (the popup CSS is in rem/em, so everything grows). Self-contained: place
 * `<TextSize />` in the header; it reads, watches and writes `prefs.textScale` itself.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { canGrow, canShrink, rootFontSize, scalePercent, snapScale, stepScale } from '../../utils/help/text-scale';
import { readPrefs, updatePrefs, watchPrefs } from '../../utils/storage/items';
import { useTh } from './help-i18n';

/** The stored text scale (null until read), applied to `root` whenever it changes. */
function useTextScale(root: HTMLElement = document.documentElement) {
  const [scale, setScale] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void readPrefs().then((p) => live && setScale(snapScale(p.textScale)));
    const off = watchPrefs((p) => setScale(snapScale(p.textScale)));
    return () => {
      live = false;
      off();
    };
  }, []);
  useLayoutEffect(() => {
    if (scale != null) root.style.fontSize = rootFontSize(scale);
  }, [scale, root]);
  const change = (dir: 1 | -1) => {
    const next = stepScale(scale, dir);
    setScale(next);
    void updatePrefs({ textScale: next });
  };
  return { scale, change };
}

export function TextSize() {
  const th = useTh();
  const { scale, change } = useTextScale();
  return (
    <div class="text-size" role="group" aria-label={th('size.label')} data-testid="text-size">
      <button
        type="button"
        class="lang-btn size-btn"
        aria-label={th('size.smaller')}
        title={th('size.smaller')}
        data-testid="text-smaller"
        disabled={scale == null || !canShrink(scale)}
        onClick={() => change(-1)}
      >
        <span aria-hidden="true">A−</span>
      </button>
      <output class="size-now" aria-live="polite" data-testid="text-size-now">
        {scale == null ? '' : th('size.now', { percent: scalePercent(scale) })}
      </output>
      <button
        type="button"
        class="lang-btn size-btn"
        aria-label={th('size.larger')}
        title={th('size.larger')}
        data-testid="text-larger"
        disabled={scale == null || !canGrow(scale)}
        onClick={() => change(1)}
      >
        <span aria-hidden="true">A+</span>
      </button>
    </div>
  );
}
