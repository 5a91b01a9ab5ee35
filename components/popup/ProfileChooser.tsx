import { FLOWS, type ProfileId } from '../../utils/flows';
import type { TaskStatus } from '../../utils/progress/logic';
import { useT } from './i18n';

/**
 * The five tasks. A task with something going on carries a short badge ("En curso", "Esperando
 * el correo") in place of its description, inside its button, so the badge is part of the
 * button's accessible name too.
 */
export function ProfileChooser({
  onChoose,
  status = () => null,
}: {
  onChoose: (id: ProfileId) => void;
  status?: (id: ProfileId) => TaskStatus;
}) {
  const t = useT();
  return (
    <section aria-labelledby="choose-heading" data-testid="chooser">
      <h2 id="choose-heading" tabIndex={-1}>{t('choose.heading')}</h2>
      <ul class="profiles">
        {FLOWS.map((p) => {
          const s = status(p.id);
          return (
            <li key={p.id}>
              <button type="button" class="profile-btn" data-profile={p.id} onClick={() => onChoose(p.id)}>
                <span class="profile-name">{t(p.name)}</span>
                {/* A task under way shows where it stands instead of what it is (all five stay on the first screen). */}
                {s ? (
                  <span class={`badge status-${s}`} data-testid={`status-${p.id}`} data-status={s}>
                    {/* A comma for screen readers between the name and the badge. */}
                    <span class="visually-hidden">{', '}</span>
                    {t(s === 'waiting' ? 'choose.waiting' : 'choose.started')}
                  </span>
                ) : (
                  <span class="profile-desc">{t(p.desc)}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
