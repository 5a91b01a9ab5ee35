import { useEffect, useState } from 'preact/hooks';
import { getProfile, type ProfileId } from '../../utils/flows';
import { waitCountdown } from '../../utils/progress/countdown';
import type { PopupKey } from '../../utils/i18n/popup';
import type { EmailWait } from '../../utils/progress/schema';
import { MAILBOXES, type Mailbox } from '../../utils/storage/schema';
import { Icon } from './Icon';
import { useTh } from './help-i18n';
import { useT } from './i18n';
import { WaysOn } from './WaysOn';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * The email wait, ONE card: the countdown (or, once expired, the way on), where to look, the tip
 * for the person's mailbox, "No me llega el correo" and "Ya no tengo acceso a mi correo".
 * The clock ticks every second silently; the polite live region changes only when the whole
 * minutes left change, so it speaks at most once a minute.
 */
export function Countdown({
  wait,
  mailbox,
  onMailbox,
  onUnmark,
  heading = 'h3',
}: {
  wait: EmailWait;
  mailbox: Mailbox | null;
  onMailbox: (m: Mailbox) => void;
  /** "Sí" to "mark the email steps as not done?" after the link expired. */
  onUnmark: () => void;
  heading?: 'h2' | 'h3';
}) {
  const t = useT();
  const now = useNow(1000);
  const [asked, setAsked] = useState(false);
  const c = waitCountdown(wait, now);
  const profile = getProfile(wait.flow);
  let live: string;
  if (c.minutesLeft == null) live = t('email.noLimit');
  else if (c.expired) live = t('email.expired');
  else if (c.minutesLeft <= 1) live = t('email.oneMinuteLeft');
  else live = t('email.minutesLeft', { n: c.minutesLeft });
  const H = heading;

  return (
    <section
      class={`card email ${c.expired ? 'expired' : ''}`}
      aria-labelledby="email-heading"
      data-testid="countdown"
      data-expired={c.expired ? 'true' : 'false'}
    >
      <div class="email-head">
        <H id="email-heading" class="card-heading">
          <Icon name={c.expired ? 'warning' : 'mail'} />
          <span>{t(c.expired ? 'email.expired' : 'email.heading')}</span>
        </H>
        {c.clock != null && !c.expired ? (
          <p class="clock-row">
            <span class="visually-hidden">{t('email.countdownLabel')} </span>
            <span class="clock" role="timer" data-testid="clock">
              {c.clock}
            </span>
          </p>
        ) : null}
      </div>
      {/* What a screen reader hears, at most once a minute; the eye has the clock. */}
      <p aria-live="polite" aria-atomic="true" class="visually-hidden" data-testid="countdown-live">
        {live}
      </p>
      {c.expired ? (
        <>
          <p data-testid="expired-text">{t(profile.expiredKey)}</p>
          <p>
            <a class="btn primary action" data-testid="ask-again" href={profile.portal} target="_blank" rel="noopener noreferrer">
              {t('email.askAgain')}
            </a>
          </p>
          {!asked ? (
            <div class="unmark" role="group" aria-labelledby="unmark-q" data-testid="unmark">
              <p id="unmark-q">{t('email.unmark.q')}</p>
              <div class="row">
                <button type="button" class="btn" data-testid="unmark-yes" onClick={onUnmark}>
                  {t('email.unmark.yes')}
                </button>
                <button type="button" class="btn" data-testid="unmark-no" onClick={() => setAsked(true)}>
                  {t('email.unmark.no')}
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : (
        <>
          <p class="spam" data-testid="look-spam">
            {t('email.lookSpam')}
          </p>
          <MailboxTips mailbox={mailbox} onChange={onMailbox} />
          <details class="more" data-testid="not-arriving">
            <summary>{t('email.notArriving')}</summary>
            <ul>
              <li>{t('email.notArriving.wait')}</li>
              <li>{t('email.notArriving.address')}</li>
              <li>{t('email.notArriving.again')}</li>
            </ul>
          </details>
        </>
      )}
      <NoAccess task={wait.flow} />
    </section>
  );
}

/**
 * "Ya no tengo acceso a mi correo": a disclosure (summary = the button) that opens the ways on
 * without the registered email for this task (WaysOn: the sourced table of utils/help/ways-on.ts).
 */
function NoAccess({ task }: { task: ProfileId }) {
  const t = useT();
  return (
    <details class="more no-email" data-testid="no-email">
      <summary data-testid="no-access">{t('email.noAccess')}</summary>
      <WaysOn task={task} />
    </details>
  );
}

/**
 * Tasks without an email step (employer, BIESS): the same sourced ways on, behind "Si necesita
 * ayuda", so a person stuck there still finds the CAU, the Islas Web and the phone lines.
 */
export function TaskHelp({ task }: { task: ProfileId }) {
  const th = useTh();
  return (
    <details class="card more task-help" data-testid="task-help">
      <summary data-testid="task-help-open">{th('print.noEmailTask')}</summary>
      <WaysOn task={task} />
    </details>
  );
}

const TIPS: Record<Mailbox, PopupKey> = {
  gmail: 'mailbox.tip.gmail',
  outlook: 'mailbox.tip.outlook',
  yahoo: 'mailbox.tip.yahoo',
  other: 'mailbox.tip.other',
};

interface MailboxProps {
  mailbox: Mailbox | null;
  onChange: (m: Mailbox) => void;
  /** Open at first (when there is room for it). */
  open?: boolean;
}

function MailboxTips({ mailbox, onChange, open = false }: MailboxProps) {
  const t = useT();
  // Open at first only: choosing a mailbox must not close the list under the person's focus.
  const [startOpen] = useState(open);
  return (
    <>
      {mailbox ? (
        <p class="tip" data-testid="mailbox-tip">
          {t(TIPS[mailbox])}
        </p>
      ) : null}
      <details class="more" data-testid="mailbox-details" open={startOpen}>
        <summary>{t('mailbox.question')}</summary>
        <fieldset class="mailbox" data-testid="mailbox">
          <legend class="visually-hidden">{t('mailbox.question')}</legend>
          <div class="radios">
            {MAILBOXES.map((m) => (
              <label key={m} class="radio">
                <input type="radio" name="mailbox" value={m} checked={mailbox === m} onChange={() => onChange(m)} />
                <span>{t(`mailbox.${m}` as PopupKey)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </details>
    </>
  );
}

/** Before any email is on its way (tasks that use email): the same help, below the steps. */
export function EmailHelp({ task, mailbox, onMailbox }: { task: ProfileId; mailbox: Mailbox | null; onMailbox: (m: Mailbox) => void }) {
  return (
    <div class="card email-help" data-testid="email-help">
      <NoAccess task={task} />
      <MailboxTips mailbox={mailbox} onChange={onMailbox} open={!mailbox} />
    </div>
  );
}
