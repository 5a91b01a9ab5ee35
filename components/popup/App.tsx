import { useCallback, useEffect, useState } from 'preact/hooks';
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
import { ProfileChooser } from './ProfileChooser';
import { SiteCheckCard } from './SiteCheckCard';
import { StartOver } from './StartOver';

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

  useEffect(() => {
    void readPrefs().then(setPrefs);
    void readProgress().then(setProgress);
    void checkActiveTab().then(setSite);
    const offProgress = watchProgress(setProgress);
    const offPrefs = watchPrefs(setPrefs);
    return () => {
      offProgress();
      offPrefs();
    };
  }, []);

  const lang: Lang = prefs?.lang ?? browserLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const change = useCallback((fn: (p: Progress) => Progress) => {
    void updateProgress(fn).then(setProgress);
  }, []);

  const setLang = (l: Lang) => void updatePrefs({ lang: l }).then(setPrefs);
  const setMailbox = (m: Mailbox) => void updatePrefs({ mailbox: m }).then(setPrefs);

  return (
    <LangContext.Provider value={lang}>
      <div class="app" data-testid="popup" data-ready={prefs && progress ? 'true' : 'false'}>
        <Header onLang={setLang} />
        <main>
          <PermissionBanner />
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
              onChoose={(id) => change((p) => chooseProfile(p, id, Date.now()))}
              onToggle={(stepId, done) => change((p) => setStepDone(p, stepId, done, Date.now()))}
              onMailbox={setMailbox}
              onReset={() => change(() => startOver())}
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
}

function Body({ progress, prefs, onChoose, onToggle, onMailbox, onReset }: BodyProps) {
  const t = useT();
  if (!progress.profile) {
    return (
      <>
        <ProfileChooser onChoose={onChoose} />
        <PracticeSlot />
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
      <PracticeSlot />
      <div class="row actions">
        <button type="button" class="btn" data-testid="change-profile" onClick={() => onChoose(null)}>
          {t('list.change')}
        </button>
        <StartOver onConfirm={onReset} />
      </div>
    </>
  );
}
