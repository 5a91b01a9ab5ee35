/**
 * Ways on without the registered email, for one task: only the facts of utils/help/ways-on.ts
 * that apply to it, each with its source (publisher and date; linked only when it is an official
 * page). Phone numbers are `tel:` links. No heading of its own, so it fits in any card; the
 * printable guide shows the same list.
 */
import type { ProfileId } from '../../utils/flows';
import { isOfficialUrl, sourceLabel, waysOnFor, type Source } from '../../utils/help/ways-on';
import { useTh } from './help-i18n';
import { useLang } from './i18n';

function SourceName({ source }: { source: Source }) {
  const lang = useLang();
  const th = useTh();
  const label = sourceLabel(source, lang) + (source.kind === 'guide' ? ` (${th('ways.guide')})` : '');
  return isOfficialUrl(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {label}
    </a>
  ) : (
    <cite title={source.title}>{label}</cite>
  );
}

export function WaysOn({ task }: { task: ProfileId }) {
  const th = useTh();
  const ways = waysOnFor(task);
  return (
    <div class="ways-on" data-testid="ways-on" data-task={task}>
      <p class="small-heading">{th('ways.intro')}</p>
      <ul class="ways-list">
        {ways.map((w) => (
          <li key={w.id} data-way={w.id}>
            <p>{th(w.text)}</p>
            {w.phone ? (
              <p>
                <a class="tel" href={`tel:${w.phone.tel}`} data-testid={`tel-${w.id}`}>
                  {th('ways.call', { number: w.phone.display })}
                </a>
              </p>
            ) : null}
            <p class="source">
              {th(w.sources.length > 1 ? 'ways.sources' : 'ways.source')}{' '}
              {w.sources.map((s, i) => (
                <span key={s.title}>
                  {i > 0 ? '; ' : ''}
                  <SourceName source={s} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
