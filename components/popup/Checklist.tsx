import type { Profile } from '../../utils/flows';
import type { Progress } from '../../utils/storage/schema';
import { Icon } from './Icon';
import { useT } from './i18n';

interface Props {
  profile: Profile;
  progress: Progress;
  onToggle: (stepId: string, done: boolean) => void;
}

/** A real list of real checkboxes: ticked by the page's signals or by hand. */
export function Checklist({ profile, progress, onToggle }: Props) {
  const t = useT();
  const total = profile.steps.length;
  const done = profile.steps.filter((s) => progress.done[s.id] != null).length;
  return (
    <section aria-labelledby="steps-heading" data-testid="checklist" data-profile={profile.id}>
      <h2 id="steps-heading" tabIndex={-1}>{t('list.heading', { profile: t(profile.name) })}</h2>
      <p class="count" data-testid="step-count">
        {t('list.count', { done, total })}
      </p>
      <ol class="steps">
        {profile.steps.map((s, i) => {
          const isDone = progress.done[s.id] != null;
          const id = `step-${s.id.replace('.', '-')}`;
          return (
            <li key={s.id} class={isDone ? 'step done' : 'step'} data-step={s.id}>
              <div class="step-row">
                <input
                  type="checkbox"
                  id={id}
                  checked={isDone}
                  aria-describedby={`${id}-tip`}
                  onChange={(e) => onToggle(s.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={id}>
                  <span class="step-num">{i + 1}.</span> {t(s.title)}
                </label>
              </div>
              <p class="state" aria-hidden="true">
                {isDone ? (
                  <>
                    <Icon name="check" class="ok" />
                    <span>{t('list.doneMark')}</span>
                  </>
                ) : (
                  <span class="todo">{t('list.todoMark')}</span>
                )}
              </p>
              <p class="tip" id={`${id}-tip`}>
                {t(s.tip)}
              </p>
              {s.link ? (
                <p>
                  <a class="btn link" href={s.link} target="_blank" rel="noopener noreferrer">
                    {t('list.open')}
                  </a>
                </p>
              ) : null}
              {s.fail ? (
                <details class="fail">
                  <summary>{t('list.ifFails')}</summary>
                  <p>{t(s.fail)}</p>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {done === total ? (
        <p class="all-done" role="status">
          <Icon name="check" class="ok" />
          <span>{t('list.allDone')}</span>
        </p>
      ) : null}
    </section>
  );
}
