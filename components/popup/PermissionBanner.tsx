import { useEffect, useState } from 'preact/hooks';
import { browser } from '@wxt-dev/browser';
import { OFFICIAL_MATCHES } from '../../utils/portal/hosts';
import { Icon } from './Icon';
import { useT } from './i18n';

const ORIGINS = { origins: [...OFFICIAL_MATCHES] };

/** Firefox MV3 lets people withdraw the content-script hosts; offer to grant them again. */
export function PermissionBanner() {
  const t = useT();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let alive = true;
    Promise.resolve()
      .then(() => browser.permissions.contains(ORIGINS))
      .then((ok) => alive && setGranted(ok))
      // An API that cannot answer is not a reason to alarm anyone.
      .catch(() => alive && setGranted(true));
    return () => {
      alive = false;
    };
  }, []);

  if (granted !== false) return null;

  const grant = () => {
    // Called straight from the click: the browser requires a user gesture.
    browser.permissions
      .request(ORIGINS)
      .then((ok) => {
        setGranted(ok);
        setDenied(!ok);
      })
      .catch(() => setDenied(true));
  };

  return (
    <section class="card perm" data-testid="permission-banner">
      <p class="verdict">
        <Icon name="warning" />
        <strong>{t('perm.missing')}</strong>
      </p>
      <button type="button" class="btn primary" onClick={grant}>
        {t('perm.grant')}
      </button>
      {denied ? <p role="status">{t('perm.denied')}</p> : null}
    </section>
  );
}
