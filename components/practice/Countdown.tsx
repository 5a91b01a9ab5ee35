import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPractice } from '../../utils/i18n/practice';

export function formatLeft(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Visible m:ss countdown; the screen-reader text changes at most once a minute. */
export function Countdown({ lang, startedAt, minutes }: { lang: Lang; startedAt: number; minutes: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = startedAt + minutes * 60_000 - now;
  const expired = left <= 0;
  const minutesLeft = Math.ceil(Math.max(0, left) / 60_000);
  return (
    <div class="countdown" data-practice-target="countdown" data-countdown-left={Math.max(0, Math.round(left / 1000))}>
      <p class="countdown-clock" aria-hidden="true">
        {expired ? tPractice(lang, 'sent.expired') : tPractice(lang, 'sent.left', { time: formatLeft(left) })}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {expired ? tPractice(lang, 'sent.expired') : tPractice(lang, 'sent.left', { time: `${minutesLeft} min` })}
      </p>
    </div>
  );
}
