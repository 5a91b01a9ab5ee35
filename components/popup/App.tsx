import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getProfile, type ProfileId } from '../../utils/flows';
import { waitVisible } from '../../utils/flows/countdown';
import { chooseProfile, setStepDone, startOver } from '../../utils/flows/progress';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { classifySite, type SiteCheck } from '../../utils/site-check';
import {
  readPrefs,
  readProgress,
  updatePrefs,
  updateProgress,
  watchPrefs,
  watchProgress,
} from '../../utils/storage/items';
import type { Mailbox, Prefs, Progress } from '../../utils/storage/schema';
import { Checklist } from './Checklist';
import { Countdown, MailboxTips, NoEmailHelp } from './EmailPanel';
import { Header } from './Header';
import { LangContext, useT } from './i18n';
import { PermissionBanner } from './PermissionBanner';
import { PracticeSlot } from './PracticeSlot';
import { PrintButton } from './PrintGuide';
import { ProfileChooser } from './ProfileChooser';
import { SiteCheckCard } from './SiteCheckCard';
import { StartOver } from './StartOver';
import { TextSize } from './TextSize';

/** With activeTab, the url is there once the person clicked the action; otherwise "unknown". */
export async function checkActiveTab(): Promise<SiteCheck> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return classifySite(tab?.url ?? '');
  } catch {
    return classifySite('');
  }
}

const EMAIL_PROFILES: readonly ProfileId[] = ['afiliado', 'unlock', 'update'];

export function App() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [site, setSite] = useState<SiteCheck | null>(null);
  // Practice progress (from the practice portal) is shown apart from the real one.
  const [practice, setPractice] = useState(false);
  const [hasPractice, setHasPractice] = useState(false);

  useEffect(() => {
    void readPrefs().then(setPrefs);
    void checkActiveTab().then(setSite);
    const offPrefs = watchPrefs(setPrefs);
    const offPractice = watchProgress((p) => setHasPractice(!!p.profile), true);
    void readProgress(true).then((p) => setHasPractice(!!p.profile));
    return () => {
      offPrefs();
      offPractice();
    };
  }, []);
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

  return (
    <LangContext.Provider value={lang}>
      <div class="app" data-testid="popup" data-ready={prefs && progress ? 'true' : 'false'}>
        <Header onLang={setLang} />
        <TextSize />
        <main>
          <PermissionBanner />
          {hasPractice || practice ? <ModeSwitch practice={practice} onPractice={setPractice} /> : null}
          {/* Most urgent first: a look-alike warning, then the email wait, then the calm site check. */}
          {site?.verdict === 'lookalike' ? <SiteCheckCard check={site} /> : null}
          {progress?.profile && progress.emailWait?.flow === progress.profile && waitVisible(progress.emailWait, Date.now()) ? (
            <Countdown wait={progress.emailWait} />
          ) : null}
          {site?.verdict !== 'lookalike' ? <SiteCheckCard check={site} /> : null}
          {progress && prefs ? (
            <Body
              progress={progress}
              prefs={prefs}
              onChoose={(id) => {
                focusAfter.current = id ? 'steps-heading' : 'choose-heading';
                change((p) => chooseProfile(p, id, Date.now()));
              }}
              onToggle={(stepId, done) => change((p) => setStepDone(p, stepId, done, Date.now()))}
              onMailbox={setMailbox}
              onReset={() => {
                focusAfter.current = 'choose-heading';
                change(() => startOver());
              }}
              onPresenter={setPresenter}
            />
          ) : (
            <Loading />
          )}
        </main>
        <Footer />
      </div>
    </LangContext.Provider>
  );
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
      <p>{t('app.unofficial')}</p>
    </footer>
  );
}

interface BodyProps {
  progress: Progress;
  prefs: Prefs;
  onChoose: (id: ProfileId | null) => void;
  onToggle: (stepId: string, done: boolean) => void;
  onMailbox: (m: Mailbox) => void;
  onReset: () => void;
  onPresenter: (on: boolean) => void;
}

function Body({ progress, prefs, onChoose, onToggle, onMailbox, onReset, onPresenter }: BodyProps) {
  const t = useT();
  if (!progress.profile) {
    return (
      <>
        <ProfileChooser onChoose={onChoose} />
        <PracticeSlot presenter={prefs.presenter ?? false} onPresenter={onPresenter} />
      </>
    );
  }
  const profile = getProfile(progress.profile);
  return (
    <>
      {profile.id === 'empleador' ? (
        <section class="card employer" data-testid="employer-note">
          <p>{t('employer.note')}</p>
          <p>
            <strong>{t('employer.bring')}</strong>
          </p>
        </section>
      ) : null}
      <Checklist profile={profile} progress={progress} onToggle={onToggle} />
      {EMAIL_PROFILES.includes(profile.id) ? (
        <>
          <MailboxTips mailbox={prefs.mailbox} onChange={onMailbox} />
          <NoEmailHelp profile={profile.id} />
        </>
      ) : null}
      <PracticeSlot presenter={prefs.presenter ?? false} onPresenter={onPresenter} />
      <div class="row actions">
        <button type="button" class="btn" data-testid="change-profile" onClick={() => onChoose(null)}>
          {t('list.change')}
        </button>
        <PrintButton task={profile.id} />
        <StartOver onConfirm={onReset} />
      </div>
    </>
  );
}
