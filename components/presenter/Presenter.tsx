/**
 * Presenter mode: highlights the element of the current step (the rest dimmed, like a product
 * tour), shows "Paso n de N: …" in large type, ← / → move between steps, Esc leaves, A+ / A−
 * enlarge the caption. It never clicks, types or submits: the overlay lets every click through.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPresenter, type PresenterKey } from '../../utils/i18n/presenter';
import { clampStep, isTextField, nextScale, presenterAction } from '../../utils/presenter/keys';
import type { PresenterStep } from '../../utils/presenter/step';

interface Props {
  lang: Lang;
  steps: PresenterStep[];
  index: number;
  onIndex: (i: number) => void;
  onExit: () => void;
  /** Where keys are listened to (the page's window, or the practice window). */
  win?: Window;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function Presenter({ lang, steps, index, onIndex, onExit, win = window }: Props) {
  const [scale, setScale] = useState(1.25);
  const [box, setBox] = useState<Box | null>(null);
  const i = clampStep(index, steps.length);
  const step = steps[i];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presenterAction({
        key: e.key,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        inTextField: isTextField(win.document.activeElement),
      });
      if (!action) return;
      e.stopPropagation();
      if (action === 'exit') onExit();
      else if (action === 'next') onIndex(clampStep(i + 1, steps.length));
      else if (action === 'prev') onIndex(clampStep(i - 1, steps.length));
      else setScale((s) => nextScale(s, action === 'bigger' ? 1 : -1));
    };
    win.addEventListener('keydown', onKey, true);
    return () => win.removeEventListener('keydown', onKey, true);
  }, [i, steps.length, onExit, onIndex, win]);

  // Follow the target while the page scrolls, re-renders or resizes (cheap: one rect a tick).
  useEffect(() => {
    let last = '';
    const measure = () => {
      const el = step?.target();
      const r = el?.getBoundingClientRect();
      const next = r && r.width + r.height > 0 ? { top: r.top - 6, left: r.left - 6, width: r.width + 12, height: r.height + 12 } : null;
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setBox(next);
      }
    };
    measure();
    const id = win.setInterval(measure, 200);
    win.addEventListener('scroll', measure, true);
    win.addEventListener('resize', measure);
    return () => {
      win.clearInterval(id);
      win.removeEventListener('scroll', measure, true);
      win.removeEventListener('resize', measure);
    };
  }, [step, win]);

  if (!step) return null;
  const t = (k: PresenterKey, p?: Record<string, string | number>) => tPresenter(lang, k, p);
  return (
    <div class="presenter" data-presenter-step={i + 1} data-presenter-total={steps.length}>
      {box ? (
        <div
          class="presenter-spotlight"
          data-presenter-spotlight
          style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      ) : (
        <div class="presenter-dim" />
      )}
      <div class="presenter-caption" role="status" aria-live="polite" style={{ fontSize: `${1.5 * scale}rem` }}>
        <p class="presenter-text">
          {t('caption', { n: i + 1, total: steps.length, text: step.caption })} {box ? '' : t('later')}
        </p>
        <div class="presenter-controls">
          <button type="button" onClick={() => onIndex(clampStep(i - 1, steps.length))} disabled={i === 0}>
            <span aria-hidden="true">←</span> {t('prev')}
          </button>
          <button type="button" onClick={() => onIndex(clampStep(i + 1, steps.length))} disabled={i === steps.length - 1}>
            {t('next')} <span aria-hidden="true">→</span>
          </button>
          {/* The accessible name starts with what is seen ("A−"), then says what it does. */}
          <button type="button" onClick={() => setScale((s) => nextScale(s, -1))} aria-label={`A− ${t('smaller')}`}>
            A−
          </button>
          <button type="button" onClick={() => setScale((s) => nextScale(s, 1))} aria-label={`A+ ${t('bigger')}`}>
            A+
          </button>
          <button type="button" onClick={onExit}>
            {t('exit')}
          </button>
        </div>
        <p class="presenter-help">
          {t('help')} · {t('unofficial')}
        </p>
      </div>
    </div>
  );
}
