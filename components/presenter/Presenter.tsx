/**
 * Presenter mode: highlights the element of the current step (the rest dimmed, like a product
 * tour), shows "Paso n de N: …" in large type, ← / → move between steps, Esc leaves, A+ / A−
 * enlarge the caption. The caption takes the other half of the screen from the highlight and
 * scrolls inside itself rather than cover it (utils/presenter/layout.ts). Keys typed in a text
 * field or the page's on-screen keyboard (Escape too) are left to the page. It never clicks,
 * types or submits: the overlay lets every click through.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPresenter, type PresenterKey } from '../../utils/i18n/presenter';
import { clampStep, nextScale, presenterAction } from '../../utils/presenter/keys';
import { placeAround, placeCaption, union, type CaptionPlace, type Rect, type View } from '../../utils/presenter/layout';
import { pageOwnsKeys } from '../../utils/presenter/page-parts';
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

/** The visible part of the page (the visual viewport; the window where there is none). */
function viewOf(win: Window): View {
  const v = win.visualViewport;
  if (v) return { top: v.offsetTop, left: v.offsetLeft, width: v.width, height: v.height, scale: v.scale };
  return { top: 0, left: 0, width: win.innerWidth, height: win.innerHeight, scale: 1 };
}

function rectOf(el: Element | null | undefined): Rect | null {
  const r = el?.getBoundingClientRect();
  return r && r.width + r.height > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : null;
}

const pad = (r: Rect): Rect => ({ top: r.top - 6, left: r.left - 6, width: r.width + 12, height: r.height + 12 });
const rectsOf = (els: Element[] | undefined) => (els ?? []).map(rectOf).filter((r): r is Rect => !!r);

/**
 * The highlights to try, 6 px around, largest first: the step's element with its companions (a
 * field's keyboard) and its context (its hint), then without the context. None when it is not shown.
 */
function candidates(step: PresenterStep | undefined): Rect[] {
  const main = rectOf(step?.target());
  if (!main) return [];
  const core = union([main, ...rectsOf(step?.companions?.())])!;
  const context = rectsOf(step?.context?.());
  return context.length ? [pad(union([core, ...context])!), pad(core)] : [pad(core)];
}

const inView = (r: Rect, v: View) => r.top >= v.top && r.left >= v.left && r.top + r.height <= v.top + v.height && r.left + r.width <= v.left + v.width;

interface Layout {
  box: Rect | null;
  place: CaptionPlace;
}

export function Presenter({ lang, steps, index, onIndex, onExit, win = window }: Props) {
  const [scale, setScale] = useState(1.25);
  const [{ box, place }, setLayout] = useState<Layout>(() => ({ box: null, place: placeCaption(null, viewOf(win)) }));
  const i = clampStep(index, steps.length);
  const step = steps[i];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presenterAction({
        key: e.key,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        inTextField: pageOwnsKeys(win.document),
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

  // A step's control off screen is scrolled into view once, when the step is shown.
  useEffect(() => {
    const el = step?.target();
    const r = rectOf(el);
    if (el && r && !inView(r, viewOf(win))) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [step, win]);

  // Follow the target while the page scrolls, re-renders or resizes (cheap: a few rects a tick).
  useEffect(() => {
    let last = '';
    const measure = () => {
      const next = placeAround(candidates(step), viewOf(win));
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setLayout(next);
      }
    };
    measure();
    const id = win.setInterval(measure, 200);
    const vv = win.visualViewport;
    win.addEventListener('scroll', measure, true);
    win.addEventListener('resize', measure);
    vv?.addEventListener('resize', measure);
    vv?.addEventListener('scroll', measure);
    return () => {
      win.clearInterval(id);
      win.removeEventListener('scroll', measure, true);
      win.removeEventListener('resize', measure);
      vv?.removeEventListener('resize', measure);
      vv?.removeEventListener('scroll', measure);
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
      <div
        class="presenter-caption"
        data-presenter-caption={place.anchor}
        role="status"
        aria-live="polite"
        style={{
          '--u': String(place.unit),
          '--t': String(place.text),
          fontSize: `${1.5 * scale * place.unit * place.text}rem`,
          left: `${place.left}px`,
          width: `${place.width}px`,
          top: `${place.y}px`,
          maxHeight: `${place.maxHeight}px`,
          transform: place.anchor === 'bottom' ? 'translateY(-100%)' : 'none',
        }}
      >
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
          {/* Arrow keys and Esc mean nothing on a touch screen without a keyboard. */}
          <span class="presenter-keys">{t('help')} · </span>
          {t('unofficial')}
        </p>
      </div>
    </div>
  );
}
