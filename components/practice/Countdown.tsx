import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPractice } from '../../utils/i18n/practice';
import { countdown } from '../../utils/progress/countdown';

/** Visible m:ss countdown; the screen-reader text changes at most once a minute. */
export function Countdown({ lang, startedAt, minutes }: { lang: Lang; startedAt: number; minutes: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  // The same countdown maths as the popup's (utils/progress/countdown.ts).
  const { expired, remainingMs = 0, clock = '', minutesLeft = 0 } = countdown(startedAt, minutes, now);
  return (
    <div class="countdown" data-practice-target="countdown" data-countdown-left={Math.round(remainingMs / 1000)}>
      <p class="countdown-clock" aria-hidden="true">
        {expired ? tPractice(lang, 'sent.expired') : tPractice(lang, 'sent.left', { time: clock })}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {expired ? tPractice(lang, 'sent.expired') : tPractice(lang, 'sent.left', { time: `${minutesLeft} min` })}
      </p>
    </div>
  );
}
