/**
 * "Practicar sin datos reales": opens the practice portal in a new tab (tabs.create needs no
 * permission). The practice page sends signals with `practice: true`, which the background keeps
 * in `local:practiceProgress`, apart from real progress. The presenter toggle is a preference
 * that the practice page and the content script on the official pages follow.
 */
import { useT } from './i18n';

interface Props {
  presenter: boolean;
  onPresenter: (on: boolean) => void;
  /** Opens the practice portal (a browser call, given by entrypoints/popup). */
  onOpen: () => void;
}

export function PracticeSlot({ presenter, onPresenter, onOpen }: Props) {
  const t = useT();
  return (
    <section class="card practice" data-testid="practice">
      <button
        type="button"
        class="btn"
        data-testid="open-practice"
        onClick={onOpen}
      >
        {t('practice.open')}
      </button>
      <p>{t('practice.desc')}</p>
      <label class="row">
        <input
          type="checkbox"
          data-testid="presenter-toggle"
          checked={presenter}
          onChange={(e) => onPresenter(e.currentTarget.checked)}
        />
        <span>{t('practice.presenter')}</span>
      </label>
    </section>
  );
}
