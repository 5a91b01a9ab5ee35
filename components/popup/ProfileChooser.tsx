import { FLOWS, type ProfileId } from '../../utils/flows';
import { useT } from './i18n';

export function ProfileChooser({ onChoose }: { onChoose: (id: ProfileId) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="choose-heading" data-testid="chooser">
      <h2 id="choose-heading" tabIndex={-1}>{t('choose.heading')}</h2>
      <ul class="profiles">
        {FLOWS.map((p) => (
          <li key={p.id}>
            <button type="button" class="profile-btn" data-profile={p.id} onClick={() => onChoose(p.id)}>
              <span class="profile-name">{t(p.name)}</span>
              <span class="profile-desc">{t(p.desc)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
