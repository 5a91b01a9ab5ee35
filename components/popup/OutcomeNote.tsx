import { useEffect, useState } from 'preact/hooks';
import type { PageKind } from '../../utils/messaging';
import { outcomeWords, to } from '../../utils/i18n/outcomes';
import { PORTAL_MESSAGES } from '../../utils/portal/messages';
import { nextKey } from '../../utils/page/outcome-next';
import { readOutcome, watchOutcome, type LastOutcome } from '../../utils/storage/outcome';
import { useLang } from './i18n';

/** How long a portal message stays worth showing in the popup. */
const FRESH_MS = 15 * 60_000;

/**
 * What the official page just said (a failure the assistant understood: data not matching, the
 * captcha, an expired link, a blocked clave, the service down, the web firewall) and what to do
 * now: the step's "Si esto falla" at the moment it is needed (issue 16 §2). Only for the task
 * shown (its page kinds) and for a few minutes; success messages tick the steps instead.
 */
export function OutcomeNote({ pages }: { pages: readonly PageKind[] }) {
  const lang = useLang();
  const [last, setLast] = useState<LastOutcome | null>(null);
  useEffect(() => {
    void readOutcome().then(setLast);
    return watchOutcome(setLast);
  }, []);
  const m = last && PORTAL_MESSAGES.find((x) => x.outcome === last.outcome);
  if (!last || !m || m.signal || !pages.includes(last.page) || Date.now() - last.at > FRESH_MS) return null;
  return (
    <section class="card outcome" aria-labelledby="outcome-heading" data-testid="outcome" data-outcome={last.outcome}>
      <h2 id="outcome-heading" class="card-heading">{to(lang, 'outcome.heading')}</h2>
      <p>{to(lang, `outcome.said.${last.outcome}` as const)}</p>
      <p>
        <strong>{to(lang, 'outcome.next')}</strong>
        <br />
        {outcomeWords(lang, nextKey(m, last.page))}
      </p>
    </section>
  );
}
