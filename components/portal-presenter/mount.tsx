/**
 * Presenter mode on an official page: the same Presenter overlay as on the practice portal, in a
 * closed shadow root so the page can neither restyle nor read it. Steps come from what the page
 * shows (portalSteps) and are refreshed as JSF partial updates change the form. Everything is
 * removed when `signal` aborts. It never clicks, types or submits.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import css from '../presenter/presenter.css?inline';
import { Presenter } from '../presenter/Presenter';
import type { Lang } from '../../utils/i18n/core';
import { portalSteps } from '../../utils/presenter/portal-steps';
import type { PresenterStep } from '../../utils/presenter/step';

const PRESENTER_TAG = 'asistente-clave-presenter';

interface Options {
  doc: Document;
  win: Window;
  lang: Lang;
  signal: AbortSignal;
  onExit: () => void;
  /** How often the steps are re-read from the page. */
  refreshMs?: number;
}

function PortalPresenter({ doc, win, lang, onExit, refreshMs = 500, host }: Omit<Options, 'signal'> & { host: Element }) {
  const [steps, setSteps] = useState<PresenterStep[]>(() => portalSteps(doc, lang));
  const [index, setIndex] = useState(0);
  useEffect(() => {
    let last = steps.map((s) => s.caption).join('|');
    const id = win.setInterval(() => {
      const next = portalSteps(doc, lang);
      const key = next.map((s) => s.caption).join('|');
      if (key !== last) {
        last = key;
        setSteps(next);
      }
    }, refreshMs);
    return () => win.clearInterval(id);
  }, [doc, win, lang, refreshMs]);
  // Observable contract (like the hints' data-asistente-*): which step of how many is shown.
  useEffect(() => {
    host.setAttribute('data-asistente-presenter-step', steps.length ? `${Math.min(index, steps.length - 1) + 1}/${steps.length}` : '0/0');
  }, [host, index, steps.length]);
  return <Presenter lang={lang} steps={steps} index={index} onIndex={setIndex} onExit={onExit} win={win} />;
}

export function mountPortalPresenter({ signal, ...options }: Options): void {
  if (signal.aborted) return;
  const { doc } = options;
  for (const old of Array.from(doc.getElementsByTagName(PRESENTER_TAG))) old.remove();
  const host = doc.createElement(PRESENTER_TAG);
  host.setAttribute('data-asistente-presenter', '');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mountPoint = doc.createElement('div');
  root.append(style, mountPoint);
  doc.documentElement.append(host);
  render(<PortalPresenter {...options} host={host} />, mountPoint);
  signal.addEventListener(
    'abort',
    () => {
      render(null, mountPoint);
      host.remove();
    },
    { once: true },
  );
}
