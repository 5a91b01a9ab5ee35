import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Profile, Step } from '../../utils/flows';
import type { TaskProgress } from '../../utils/progress/schema';
import { Icon } from './Icon';
import { useT } from './i18n';

interface Props {
  profile: Profile;
  task: TaskProgress;
  onToggle: (stepId: string, done: boolean) => void;
  /**
   * The email wait card, when it belongs to the current step: it then takes the place of the
   * step's sentence (it says where to look), before the step's action.
   */
  currentExtra?: ComponentChildren;
  /** The link expired: the card's "Pedir otro correo" is the action, not "Ya lo hice". */
  hideAction?: boolean;
}

function domId(s: Step) {
  return `step-${s.id.replace('.', '-')}`;
}

/**
 * The guide: the step the person is on comes in full (title, one sentence, its one action) and
 * carries aria-current="step"; finished steps are one line each (✓ and title, details on demand);
 * later steps show their titles only; "Ver todos los pasos" shows every step in full. Every step
 * keeps a real checkbox: ticked by the page's signals or by hand.
 */
export function Checklist({ profile, task, onToggle, currentExtra, hideAction }: Props) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const total = profile.steps.length;
  const isDone = (s: Step) => task.done[s.id] != null;
  const done = profile.steps.filter(isDone).length;
  const current = profile.steps.find((s) => !isDone(s));

  // "Ya lo hice" removes the button that had focus: move focus to the new current step.
  const focusCurrent = useRef(false);
  useLayoutEffect(() => {
    if (!focusCurrent.current) return;
    focusCurrent.current = false;
    document.getElementById(current ? `${domId(current)}-item` : 'steps-heading')?.focus();
  }, [current?.id]);

  const toggleOpen = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="steps-heading" data-testid="checklist" data-profile={profile.id}>
      <div class="steps-head">
        <h2 id="steps-heading" tabIndex={-1}>
          {t(profile.name)}
        </h2>
        <p class="count" data-testid="step-count">
          {t('list.count', { done, total })}
        </p>
      </div>
      <ol class="steps">
        {profile.steps.map((s, i) => {
          const stepDone = isDone(s);
          const isCurrent = s === current;
          const opened = open.has(s.id);
          const full = showAll || isCurrent || (stepDone && opened);
          const id = domId(s);
          const state = stepDone ? 'done' : isCurrent ? 'current' : 'later';
          return (
            <li
              key={s.id}
              id={`${id}-item`}
              tabIndex={isCurrent ? -1 : undefined}
              class={`step ${state}`}
              data-step={s.id}
              data-state={state}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <div class="step-row">
                <input
                  type="checkbox"
                  id={id}
                  checked={stepDone}
                  aria-describedby={full ? `${id}-tip` : undefined}
                  onChange={(e) => onToggle(s.id, e.currentTarget.checked)}
                />
                <label for={id}>
                  <span class="step-num">{i + 1}.</span> {t(s.title)}
                </label>
                {stepDone && !showAll ? (
                  <button
                    type="button"
                    class="disclose"
                    aria-expanded={opened}
                    aria-controls={`${id}-more`}
                    data-testid="step-disclose"
                    onClick={() => toggleOpen(s.id)}
                  >
                    {t(opened ? 'list.less' : 'list.more')}
                    <span class="visually-hidden"> {t('list.stepN', { n: i + 1 })}</span>
                  </button>
                ) : null}
              </div>
              {full ? (
                <div class="step-body" id={`${id}-more`}>
                  <p class={isCurrent && currentExtra ? 'visually-hidden' : 'tip'} id={`${id}-tip`}>
                    {t(s.tip)}
                  </p>
                  {isCurrent ? currentExtra : null}
                  {isCurrent && hideAction ? null : s.link ? (
                    <p>
                      <a
                        class={isCurrent ? 'btn primary action' : 'btn link'}
                        data-testid={isCurrent ? 'current-action' : undefined}
                        href={s.link}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {t('list.open')}
                      </a>
                    </p>
                  ) : isCurrent ? (
                    <p>
                      <button
                        type="button"
                        class="btn primary action"
                        data-testid="current-action"
                        onClick={() => {
                          focusCurrent.current = true;
                          onToggle(s.id, true);
                        }}
                      >
                        {t('list.markDone')}
                      </button>
                    </p>
                  ) : null}
                  {s.fail ? (
                    <details class="fail">
                      <summary>{t('list.ifFails')}</summary>
                      <p>{t(s.fail)}</p>
                    </details>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {done === total ? (
        <p class="all-done" role="status" data-testid="all-done">
          <Icon name="check" class="ok" />
          <span>{t('list.allDone')}</span>
        </p>
      ) : null}
      <p>
        <button
          type="button"
          class="btn"
          aria-expanded={showAll}
          data-testid="show-all"
          onClick={() => setShowAll((v) => !v)}
        >
          {t(showAll ? 'list.showLess' : 'list.showAll')}
        </button>
      </p>
    </section>
  );
}
