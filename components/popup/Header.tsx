import type { Lang } from '../../utils/i18n/core';
import { Icon } from './Icon';
import { useLang, useT } from './i18n';
import { TextSize } from './TextSize';

export function Header({ onLang }: { onLang: (lang: Lang) => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <header class="header">
      <div class="title-row">
        <h1>{t('app.title')}</h1>
        <div class="header-tools">
          <div class="lang" role="group" aria-label={t('lang.label')}>
            {(['es', 'en'] as const).map((l) => (
              <button
                type="button"
                key={l}
                lang={l}
                class="lang-btn"
                aria-pressed={lang === l}
                data-testid={`lang-${l}`}
                onClick={() => onLang(l)}
              >
                {t(l === 'es' ? 'lang.es' : 'lang.en')}
              </button>
            ))}
          </div>
          <TextSize />
        </div>
      </div>
      <p class="unofficial" data-testid="unofficial">
        <Icon name="info" />
        <span>{t('app.unofficial')}</span>
      </p>
    </header>
  );
}
