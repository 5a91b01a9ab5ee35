import type { SiteCheck } from '../../utils/site-check';
import type { PopupKey } from '../../utils/i18n/popup';
import { Icon, type IconName } from './Icon';
import { useT } from './i18n';

const LOOK: Record<SiteCheck['verdict'], { icon: IconName; key: PopupKey }> = {
  official: { icon: 'check', key: 'site.official' },
  lookalike: { icon: 'warning', key: 'site.lookalike' },
  other: { icon: 'info', key: 'site.other' },
  unknown: { icon: 'question', key: 'site.unknown' },
};

/** Only an official page or a look-alike gets the full card; any other tab gets one line. */
export function SiteCheckCard({ check }: { check: SiteCheck | null }) {
  const t = useT();
  if (!check) return null;
  const look = LOOK[check.verdict];
  if (check.verdict === 'other' || check.verdict === 'unknown') {
    return (
      <p class={`site-line site-${check.verdict}`} data-testid="site-check" data-verdict={check.verdict}>
        <Icon name={look.icon} />
        <span>{t(look.key)}</span>
      </p>
    );
  }
  return (
    <section
      class={`card site site-${check.verdict}`}
      aria-labelledby="site-heading"
      data-testid="site-check"
      data-verdict={check.verdict}
      role={check.verdict === 'lookalike' ? 'alert' : undefined}
    >
      <h2 id="site-heading" class="small-heading">
        {t('site.heading')}
      </h2>
      <p class="verdict">
        <Icon name={look.icon} />
        <strong>{t(look.key)}</strong>
      </p>
      {check.host ? <p class="host">{t('site.host', { host: check.host })}</p> : null}
      <p>{t(`site.reason.${check.reason}` as PopupKey)}</p>
      <p class="never">
        <Icon name="lock" />
        <span>{t('site.neverAsks')}</span>
      </p>
    </section>
  );
}
