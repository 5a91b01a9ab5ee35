import { useState } from 'preact/hooks';
import { useT } from './i18n';

export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="btn" data-testid="start-over" onClick={() => setAsking(true)}>
        {t('reset.button')}
      </button>
    );
  }
  return (
    <div class="card confirm" role="group" aria-labelledby="reset-q">
      <p id="reset-q">{t('reset.confirm')}</p>
      <div class="row">
        <button
          type="button"
          class="btn danger"
          data-testid="start-over-yes"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('reset.yes')}
        </button>
        <button type="button" class="btn" autoFocus onClick={() => setAsking(false)}>
          {t('reset.no')}
        </button>
      </div>
    </div>
  );
}
