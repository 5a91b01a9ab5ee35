import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { emailStep, getProfile, type Profile } from '../../utils/flows';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { waitCountdown, waitVisible } from '../../utils/progress/countdown';
import {
  chooseProfile,
  currentStep,
  setStepDone,
  startOverTask,
  taskOf,
  taskStatus,
  unmarkEmailSteps,
  waitOf,
} from '../../utils/progress/logic';
import type { Progress } from '../../utils/progress/schema';
import type { PageReport } from '../../utils/page/page-report';
import type { SiteCheck } from '../../utils/site-check';
import { readPrefs, readProgress, updatePrefs, updateProgress, watchPrefs, watchProgress } from '../../utils/storage/items';
import type { Mailbox, Prefs } from '../../utils/storage/schema';
import { Checklist } from './Checklist';
import { Countdown, EmailHelp, TaskHelp } from './EmailPanel';
import { Header } from './Header';
import { LangContext, useT } from './i18n';
import { OutcomeNote } from './OutcomeNote';
import { PermissionBanner } from './PermissionBanner';
import { PracticeSlot } from './PracticeSlot';
import { PrintButton } from './PrintGuide';
import { ProfileChooser } from './ProfileChooser';
import { SiteCheckCard } from './SiteCheckCard';
import { StartOver } from './StartOver';
import { StorageError } from './StorageError';
import { UnknownPage } from './UnknownPage';

/** The browser calls the popup needs, given by entrypoints/popup (components make none). */
export interface PopupServices {
  /** Classifies the active tab (official, look-alike, other, unknown). */
  checkActiveTab(): Promise<SiteCheck>;
  /** Opens the practice portal. */
  openPractice(): void;
  /** The active official procedure page's report (page structure only), or null. */
  pageReport?: () => Promise<PageReport | null>;
  /** Puts text on the clipboard. */
  copyText?: (text: string) => Promise<void>;
}

export function App({ services }: { services: PopupServices }) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [site, setSite] = useState<SiteCheck | null>(null);
  // Practice progress (from the practice portal) is shown apart from the real one.
  const [practice, setPractice] = useState(false);
  const [hasPractice, setHasPractice] = useState(false);

  useEffect(() => {
    void readPrefs().then(setPrefs);
    void services.checkActiveTab().then(setSite);
    const offPrefs = watchPrefs(setPrefs);
    const offPractice = watchProgress((p) => setHasPractice(!!p.profile), true);
    void readProgress(true).then((p) => setHasPractice(!!p.profile));
    return () => {
      offPrefs();
      offPractice();
    };
  }, [services]);
  useEffect(() => {
    void readProgress(practice).then(setProgress);
    return watchProgress(setProgress, practice);
  }, [practice]);

  const lang: Lang = prefs?.lang ?? browserLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // After choosing, changing or resetting the task the old controls are gone: move focus to the
  // new section's heading so keyboard and screen-reader users are not left on <body>.
  const focusAfter = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    document.getElementById(id)?.focus();
  }, [progress?.profile]);

  const change = useCallback(
    (fn: (p: Progress) => Progress) => {
      void updateProgress(fn, practice).then(setProgress);
    },
    [practice],
  );

  const setLang = (l: Lang) => void updatePrefs({ lang: l }).then(setPrefs);
  const setMailbox = (m: Mailbox) => void updatePrefs({ mailbox: m }).then(setPrefs);
  const setPresenter = (on: boolean) => void updatePrefs({ presenter: on }).then(setPrefs);
  const practiceSlot = (
    <PracticeSlot presenter={prefs?.presenter ?? false} onPresenter={setPresenter} onOpen={() => services.openPractice()} />
  );
  const profile = progress?.profile ? getProfile(progress.profile) : null;

  return (
    <LangContext.Provider value={lang}>
      <div class="app" data-testid="popup" data-ready={prefs && progress ? 'true' : 'false'} data-moment={moment(progress)}>
        <Header onLang={setLang} />
        <main>
          <PermissionBanner />
          <StorageError />
          {services.pageReport && services.copyText ? <UnknownPage load={services.pageReport} copy={services.copyText} /> : null}
          {profile && !practice ? <OutcomeNote pages={profile.pages} /> : null}
          {hasPractice || practice ? <ModeSwitch practice={practice} onPractice={setPractice} /> : null}
          {/* A look-alike warning or an official page comes first on the chooser; a look-alike always. */}
          {site?.verdict === 'lookalike' || (site?.verdict === 'official' && progress && !profile) ? (
            <SiteCheckCard check={site} />
          ) : null}
          {!progress || !prefs ? (
            <Loading />
          ) : !profile ? (
            <>
              <ProfileChooser
                status={(id) => taskStatus(progress, id, Date.now())}
                onChoose={(id) => {
                  focusAfter.current = 'steps-heading';
                  change((p) => chooseProfile(p, id));
                }}
              />
              {site && site.verdict !== 'lookalike' && site.verdict !== 'official' ? <SiteCheckCard check={site} /> : null}
              {practiceSlot}
            </>
          ) : (
            <Task
              profile={profile}
              progress={progress}
              prefs={prefs}
              onToggle={(stepId, done) => change((p) => setStepDone(p, stepId, done, Date.now()))}
              onUnmark={() => change((p) => unmarkEmailSteps(p, profile.id, Date.now()))}
              onMailbox={setMailbox}
              onChange={() => {
                focusAfter.current = 'choose-heading';
                change((p) => chooseProfile(p, null));
              }}
              onReset={() => {
                focusAfter.current = 'choose-heading';
                change((p) => startOverTask(p, profile.id));
              }}
            >
              {site && site.verdict !== 'lookalike' ? <SiteCheckCard check={site} /> : null}
              {practiceSlot}
            </Task>
          )}
        </main>
        <Footer />
      </div>
    </LangContext.Provider>
  );
}

/** Which moment the popup shows (for tests and screenshots): chooser, step, waiting, expired, done. */
function moment(progress: Progress | null): string {
  if (!progress) return 'loading';
  if (!progress.profile) return 'chooser';
  const profile = getProfile(progress.profile);
  const wait = waitOf(progress, profile.id);
  const now = Date.now();
  if (waitVisible(wait, now)) return waitCountdown(wait, now).expired ? 'expired' : 'waiting';
  return currentStep(progress, profile) ? 'step' : 'done';
}

function Loading() {
  const t = useT();
  return <p role="status">{t('app.loading')}</p>;
}

/** Real progress or the practice portal's progress: two separate checklists. */
function ModeSwitch({ practice, onPractice }: { practice: boolean; onPractice: (on: boolean) => void }) {
  const t = useT();
  return (
    <div class="row mode-switch" role="group" aria-label={t('mode.label')}>
      <button type="button" class="btn" aria-pressed={!practice} data-testid="mode-real" onClick={() => onPractice(false)}>
        {t('mode.real')}
      </button>
      <button type="button" class="btn" aria-pressed={practice} data-testid="mode-practice" onClick={() => onPractice(true)}>
        {t('list.practice')}
      </button>
    </div>
  );
}

function Footer() {
  const t = useT();
  return (
    <footer class="footer">
      <p>{t('app.privacy')}</p>
    </footer>
  );
}

interface TaskProps {
  profile: Profile;
  progress: Progress;
  prefs: Prefs;
  onToggle: (stepId: string, done: boolean) => void;
  onUnmark: () => void;
  onMailbox: (m: Mailbox) => void;
  onChange: () => void;
  onReset: () => void;
  children?: ComponentChildren;
}

/** One task: its guide (current step first), its own email wait, and the ways to leave it. */
function Task({ profile, progress, prefs, onToggle, onUnmark, onMailbox, onChange, onReset, children }: TaskProps) {
  const t = useT();
  const task = taskOf(progress, profile.id);
  const wait = waitOf(progress, profile.id);
  const current = currentStep(progress, profile);
  const card = (heading: 'h2' | 'h3') =>
    waitVisible(wait, Date.now()) ? (
      <Countdown wait={wait} mailbox={prefs.mailbox} onMailbox={onMailbox} onUnmark={onUnmark} heading={heading} />
    ) : null;
  // The wait card goes inside the step it belongs to ("open the email"); otherwise above the steps.
  const inStep = !!current?.endsEmailWait;
  return (
    <>
      {inStep ? null : card('h2')}
      <Checklist
        profile={profile}
        task={task}
        onToggle={onToggle}
        currentExtra={inStep ? card('h3') : null}
        hideAction={inStep && !!wait && waitVisible(wait, Date.now()) && waitCountdown(wait, Date.now()).expired}
      />
      {!emailStep(profile) ? (
        <TaskHelp task={profile.id} />
      ) : !waitVisible(wait, Date.now()) ? (
        <EmailHelp task={profile.id} mailbox={prefs.mailbox} onMailbox={onMailbox} />
      ) : null}
      {profile.note ? (
        <section class="card employer" data-testid="employer-note">
          <p>{t(profile.note.text)}</p>
          {profile.note.strong ? (
            <p>
              <strong>{t(profile.note.strong)}</strong>
            </p>
          ) : null}
        </section>
      ) : null}
      {children}
      <div class="row actions">
        <button type="button" class="btn" data-testid="change-profile" onClick={onChange}>
          {t('list.change')}
        </button>
        <PrintButton task={profile.id} />
        <StartOver onConfirm={onReset} />
      </div>
    </>
  );
}
