import { useContext, useEffect, useState } from 'preact/hooks';
import { ts } from '../../utils/i18n/storage';
import { onWriteFailed } from '../../utils/storage/items';
import { Icon } from './Icon';
import { LangContext } from './i18n';

/**
 * Says so when the browser refused to save a change (storage full): the change did not happen,
 * what was saved before stays. Shown until the person closes it; shown again on the next failure.
 * `watch` is how it hears of failures (utils/storage/items.ts; a fake in tests).
 */
export function StorageError({ watch = onWriteFailed }: { watch?: (cb: (error: unknown) => void) => () => void }) {
  const lang = useContext(LangContext);
  const [failed, setFailed] = useState(false);
  useEffect(() => watch(() => setFailed(true)), [watch]);
  if (!failed) return null;
  return (
    <section class="card perm" role="alert" data-testid="storage-error">
      <p class="verdict">
        <Icon name="warning" />
        <strong>{ts(lang, 'storage.failed.title')}</strong>
      </p>
      <p>{ts(lang, 'storage.failed.body')}</p>
      <button type="button" class="btn" onClick={() => setFailed(false)}>
        {ts(lang, 'storage.failed.close')}
      </button>
    </section>
  );
}
