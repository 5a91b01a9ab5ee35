/**
 * The practice portal: every screen of the generate / recover, unlock and employer flows, with
 * made-up data, offline. Everything lives in memory and is forgotten on "Reiniciar".
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPractice, type PracticeKey } from '../../utils/i18n/practice';
import { GENERATE_LINK_MINUTES, UNLOCK_LINK_MINUTES } from '../../utils/portal/links';
import { fakePerson, type FakePerson } from '../../utils/practice/fake-data';
import { PORTAL_URLS } from '../../utils/portal/pages';
import { SCENARIOS, SCENARIO_IDS, firstStepOf, type ScenarioId, type ScreenId } from '../../utils/practice/scenarios';
import { Presenter } from '../presenter/Presenter';
import type { PresenterStep as PresenterStepView } from '../../utils/presenter/step';
import { Mailbox } from './Mailbox';
import { Address } from '../Address';
import {
  ClaveScreen,
  ContactScreen,
  DoneScreen,
  EmployerDoneScreen,
  EmployerScreen,
  IdScreen,
  QuestionsScreen,
  SentScreen,
  UnlockScreen,
} from './screens';

/** Where each practised task is done for real (the success screens link there, in a new tab). */
const REAL_URL: Record<ScenarioId, string> = {
  generate: PORTAL_URLS.generate,
  unlock: PORTAL_URLS.unlock,
  employer: PORTAL_URLS.employer,
};

export interface PracticeAppProps {
  lang: Lang;
  onLang?: (lang: Lang) => void;
  presenter?: boolean;
  onPresenter?: (on: boolean) => void;
  /** Called whenever the flow changes, so the assistant can follow the page kind. */
  onFlow?: (flow: ScenarioId) => void;
  /** Made-up data source (tests pass a fixed one). */
  makePerson?: () => FakePerson;
  /** A suggested clave for the data card. */
  suggestClave?: () => string;
  doc?: Document;
}

export function PracticeApp({
  lang,
  onLang,
  presenter = false,
  onPresenter,
  onFlow,
  makePerson = fakePerson,
  suggestClave,
  doc = document,
}: PracticeAppProps) {
  const t = (k: PracticeKey, p?: Record<string, string | number>) => tPractice(lang, k, p);
  const [flowId, setFlowId] = useState<ScenarioId>('generate');
  const [screenIndex, setScreenIndex] = useState(0);
  const [person, setPerson] = useState<FakePerson>(() => makePerson());
  const [clave, setClave] = useState(() => suggestClave?.() ?? '');
  const [sentAt, setSentAt] = useState(0);
  const [step, setStep] = useState(0);
  // Bumped by Reiniciar so every screen (and what was typed in it) is rebuilt from scratch.
  const [round, setRound] = useState(0);
  const flow = SCENARIOS[flowId];
  const screen: ScreenId = flow.screens[screenIndex] ?? flow.screens[0]!;

  useEffect(() => onFlow?.(flowId), [flowId, onFlow]);
  // The presenter follows the screen: its first step on each new screen.
  useEffect(() => {
    const first = firstStepOf(flow, screen);
    if (first >= 0) setStep(first);
  }, [flow, screen]);
  useEffect(() => {
    doc.title = t('page.title');
  }, [lang]);
  // A new screen replaces the old controls: move focus to its title (not on the first load), so
  // keyboard users go on from there and screen readers say where they are.
  const shown = useRef(false);
  useLayoutEffect(() => {
    if (shown.current) doc.getElementById('screen-title')?.focus();
    shown.current = true;
  }, [round, flowId, screen]);

  const reset = useCallback(
    (nextFlow: ScenarioId = flowId) => {
      setPerson(makePerson());
      setClave(suggestClave?.() ?? '');
      setSentAt(0);
      setScreenIndex(0);
      setFlowId(nextFlow);
      setRound((r) => r + 1);
    },
    [flowId, makePerson, suggestClave],
  );

  const next = () => {
    const nextScreen = flow.screens[screenIndex + 1];
    if (nextScreen === 'sent' || nextScreen === 'unlock-sent') setSentAt(Date.now());
    setScreenIndex(Math.min(flow.screens.length - 1, screenIndex + 1));
  };

  const props = { lang, person, next };
  const body = (() => {
    switch (screen) {
      case 'id':
        return <IdScreen {...props} />;
      case 'questions':
        return <QuestionsScreen {...props} />;
      case 'contact':
        return <ContactScreen {...props} />;
      case 'sent':
        return <SentScreen {...props} startedAt={sentAt} minutes={flow.linkMinutes ?? GENERATE_LINK_MINUTES} heading="sent.title" />;
      case 'unlock-sent':
        return <SentScreen {...props} startedAt={sentAt} minutes={flow.linkMinutes ?? UNLOCK_LINK_MINUTES} heading="u.sentTitle" />;
      case 'mailbox':
        return <Mailbox lang={lang} subject={flowId === 'unlock' ? 'mail.subjectUnlock' : 'mail.subjectGenerate'} onLink={next} />;
      case 'clave':
        return <ClaveScreen {...props} />;
      case 'done':
        return <DoneScreen lang={lang} heading="done.title" body="done.body" realUrl={REAL_URL.generate} onAgain={() => reset()} />;
      case 'unlock-id':
        return <UnlockScreen {...props} />;
      case 'unlock-done':
        return <DoneScreen lang={lang} heading="u.doneTitle" body="u.doneBody" realUrl={REAL_URL.unlock} onAgain={() => reset()} />;
      case 'employer-form':
        return <EmployerScreen {...props} />;
      case 'employer-done':
        return <EmployerDoneScreen lang={lang} realUrl={REAL_URL.employer} onAgain={() => reset()} />;
    }
  })();

  const steps: PresenterStepView[] = useMemo(
    () =>
      flow.steps.map((s) => ({
        caption: t(s.caption as PracticeKey),
        target: () => doc.querySelector(`#practice-screen [data-practice-target="${s.target}"]`),
      })),
    [flow, lang, doc],
  );

  return (
    <div class="practice" data-practice-flow={flowId} data-practice-screen={screen}>
      <div class="practice-banner" role="note">
        <strong>{t('banner.practice')}</strong>
        <span>{t('banner.detail')}</span>
        <span>{t('banner.unofficial')}</span>
      </div>
      <header class="portal-header">
        <span class="portal-logo" aria-hidden="true">
          ◼
        </span>
        <span class="portal-name">{t('portal.header')}</span>
        <div class="portal-tools">
          {onLang ? (
            <button type="button" class="tool" lang={lang === 'es' ? 'en' : 'es'} onClick={() => onLang(lang === 'es' ? 'en' : 'es')}>
              {t('lang.switch')}
            </button>
          ) : null}
          {onPresenter ? (
            <button type="button" class="tool" aria-pressed={presenter} onClick={() => onPresenter(!presenter)}>
              {t('p.toggle')}
            </button>
          ) : null}
          <button type="button" class="tool" data-practice-reset onClick={() => reset()}>
            {t('reset')}
          </button>
        </div>
      </header>
      <nav class="flow-chooser" aria-label={t('flow.choose')}>
        {SCENARIO_IDS.map((id) => (
          <button key={id} type="button" aria-pressed={id === flowId} data-practice-flow-button={id} onClick={() => reset(id)}>
            {t(`flow.${id}` as PracticeKey)}
          </button>
        ))}
      </nav>
      <div class="practice-layout">
        <main id="practice-screen" key={`${round}-${flowId}-${screen}`}>
          {body}
        </main>
        <aside class="data-card" aria-labelledby="data-title">
          <h2 id="data-title">{t('data.title')}</h2>
          <p class="data-note">{t('data.note')}</p>
          <dl>
            {flowId === 'employer' ? (
              <>
                <dt>{t('data.ruc')}</dt>
                <dd data-fake="ruc">{person.ruc}</dd>
                <dt>{t('data.company')}</dt>
                <dd>{person.company}</dd>
                <dt>{t('data.repCedula')}</dt>
                <dd data-fake="repCedula">{person.repCedula}</dd>
              </>
            ) : (
              <>
                <dt>{t('data.cedula')}</dt>
                <dd data-fake="cedula">{person.cedula}</dd>
                <dt>{t('data.name')}</dt>
                <dd>{person.name}</dd>
              </>
            )}
            {flowId === 'generate' ? (
              <>
                <dt>{t('data.birth')}</dt>
                <dd data-fake="birthDate">{person.birthDate}</dd>
                <dt>{t('data.answers')}</dt>
                <dd data-fake="answers">
                  {person.answers.map((a) => `${t(`q.${a.question}` as PracticeKey)} → ${t(`q.${a.answer}` as PracticeKey)}`).join(' · ')}
                </dd>
                <dt>{t('data.mobile')}</dt>
                <dd data-fake="mobile">{person.mobile}</dd>
              </>
            ) : null}
            {flowId !== 'unlock' ? (
              <>
                <dt>{t('data.email')}</dt>
                <dd data-fake="email">
                  <Address text={person.email} />
                </dd>
              </>
            ) : null}
            {flowId === 'generate' && clave ? (
              <>
                <dt>{t('data.suggest')}</dt>
                <dd data-fake="clave">{clave}</dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
      {presenter ? (
        <Presenter lang={lang} steps={steps} index={step} onIndex={setStep} onExit={() => onPresenter?.(false)} win={doc.defaultView ?? window} />
      ) : null}
    </div>
  );
}
