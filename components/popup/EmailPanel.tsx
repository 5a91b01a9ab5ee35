import { useEffect, useState } from 'preact/hooks';
import { getProfile, type ProfileId } from '../../utils/flows';
import { PORTAL_URLS } from '../../utils/portal/pages';
import { waitCountdown } from '../../utils/flows/countdown';
import type { PopupKey } from '../../utils/i18n/popup';
import { MAILBOXES, type EmailWait, type Mailbox } from '../../utils/storage/schema';
import { Icon } from './Icon';
import { useLang, useT } from './i18n';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** The link's countdown. The clock ticks every second silently; the polite live region changes
 * only when the whole minutes left change, so it speaks at most once a minute. */
export function Countdown({ wait }: { wait: EmailWait }) {
  const t = useT();
  const lang = useLang();
  const now = useNow(1000);
  const c = waitCountdown(wait, now);
  const profile = getProfile(wait.flow);
  const sent = new Date(wait.startedAt).toLocaleTimeString(lang === 'es' ? 'es-EC' : 'en-US', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let live: string;
  if (c.minutesLeft == null) live = t('email.noLimit');
  else if (c.expired) live = t('email.expired');
  else if (c.minutesLeft <= 1) live = t('email.oneMinuteLeft');
  else live = t('email.minutesLeft', { n: c.minutesLeft });

  return (
    <section class={`card email ${c.expired ? 'expired' : ''}`} aria-labelledby="email-heading" data-testid="countdown">
      <h2 id="email-heading">
        <Icon name="mail" />
        <span>{t('email.heading')}</span>
      </h2>
      <p class="sent">{t('email.started', { time: sent })}</p>
      {c.clock != null && !c.expired ? (
        <p class="clock-row">
          <span>{t('email.countdownLabel')}</span>{' '}
          <span class="clock" role="timer" data-testid="clock">
            {c.clock}
          </span>
        </p>
      ) : null}
      <p aria-live="polite" aria-atomic="true" class={c.expired ? 'verdict' : ''} data-testid="countdown-live">
        {c.expired ? <Icon name="warning" /> : null}
        <span>{live}</span>
      </p>
      {c.expired ? <p>{t(profile.expiredKey)}</p> : null}
      {c.spamHint && !c.expired ? <p class="spam">{t('email.spamNow')}</p> : null}
    </section>
  );
}

const TIPS: Record<Mailbox, PopupKey> = {
  gmail: 'mailbox.tip.gmail',
  outlook: 'mailbox.tip.outlook',
  yahoo: 'mailbox.tip.yahoo',
  other: 'mailbox.tip.other',
};

export function MailboxTips({ mailbox, onChange }: { mailbox: Mailbox | null; onChange: (m: Mailbox) => void }) {
  const t = useT();
  return (
    <fieldset class="card mailbox" data-testid="mailbox">
      <legend>{t('mailbox.question')}</legend>
      <div class="radios">
        {MAILBOXES.map((m) => (
          <label key={m} class="radio">
            <input type="radio" name="mailbox" value={m} checked={mailbox === m} onChange={() => onChange(m)} />
            <span>{t(`mailbox.${m}` as PopupKey)}</span>
          </label>
        ))}
      </div>
      {mailbox ? (
        <p class="tip" data-testid="mailbox-tip">
          {t(TIPS[mailbox])}
        </p>
      ) : null}
    </fieldset>
  );
}

export function NoEmailHelp({ profile }: { profile: ProfileId }) {
  const t = useT();
  return (
    <details class="card no-email" data-testid="no-email">
      <summary>{t('noEmail.summary')}</summary>
      <p>{t('noEmail.online')}</p>
      <p>{t('noEmail.office')}</p>
      <p>{t('noEmail.update')}</p>
      {profile === 'unlock' ? <p>{t('noEmail.unlock')}</p> : null}
      <p>{t('noEmail.noPay')}</p>
      <ul class="links">
        <li>
          <a href={PORTAL_URLS.iess} target="_blank" rel="noopener noreferrer">
            {t('noEmail.linkIess')}
          </a>
        </li>
        <li>
          <a href={PORTAL_URLS.updateData} target="_blank" rel="noopener noreferrer">
            {t('noEmail.linkUpdate')}
          </a>
        </li>
      </ul>
    </details>
  );
}
