/**
 * Paper (issue 15 item 10). `PrintGuide` is the one-page guide of a task: its steps with boxes to
 * tick by hand, the official address, the ways on without email; in the chosen language; no
 * personal data (it reads nothing but the task and the language). It is rendered by the extension
 * page entrypoints/print (a popup closes when the print dialog opens). `PrintButton` opens that
 * page from the popup.
 */
import { browser } from '@wxt-dev/browser';
import { getProfile } from '../../utils/flows';
import type { ProfileId } from '../../utils/flows';
import { PRINT_PATH, printQuery } from '../../utils/help/print-url';
import type { Lang } from '../../utils/i18n/core';
import { th, type HelpKey } from '../../utils/i18n/help';
import { tp } from '../../utils/i18n/popup';
import { useTh } from './help-i18n';
import { LangContext, useLang } from './i18n';
import { WaysOn } from './WaysOn';
import { Address } from '../Address';

/** The official page a task starts on (its first linked step). */
function officialAddress(task: ProfileId): string | undefined {
  return getProfile(task).steps.find((s) => s.link)?.link;
}

const EMAIL_TASKS: readonly ProfileId[] = ['afiliado', 'unlock', 'update'];

/** Tips that point at the popup's own button ("Use el botón de abajo"): on paper, the address. */
const PAPER_TIPS: Partial<Record<string, HelpKey>> = {
  'afiliado.open': 'print.openTip',
  'unlock.open': 'print.openTip',
  'update.open': 'print.openTip',
};

export function PrintGuide({ task, lang }: { task: ProfileId; lang: Lang }) {
  const profile = getProfile(task);
  const address = officialAddress(task);
  return (
    <LangContext.Provider value={lang}>
      <article class="print-guide" data-testid="print-guide" data-task={task} lang={lang}>
        <header>
          <h1>{th(lang, 'print.title', { task: tp(lang, profile.name) })}</h1>
          <p class="unofficial">{th(lang, 'print.unofficial')}</p>
        </header>
        {address ? (
          <p class="address">
            <strong>{th(lang, 'print.address')}</strong> <span class="url">
              <Address text={address} />
            </span>
          </p>
        ) : null}
        <section aria-labelledby="print-steps">
          <h2 id="print-steps">{th(lang, 'print.steps')}</h2>
          <ol class="print-steps">
            {profile.steps.map((s) => (
              <li key={s.id} data-step={s.id}>
                <span class="box" aria-hidden="true" />
                <span class="step-text">
                  <strong>{tp(lang, s.title)}</strong> <span class="tip">{PAPER_TIPS[s.id] ? th(lang, PAPER_TIPS[s.id]!) : tp(lang, s.tip)}</span>
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="print-ways">
          <h2 id="print-ways">{EMAIL_TASKS.includes(task) ? th(lang, 'ways.heading') : th(lang, 'print.noEmailTask')}</h2>
          <WaysOn task={task} />
        </section>
        <p class="never">
          <strong>{th(lang, 'print.never')}</strong>
        </p>
      </article>
    </LangContext.Provider>
  );
}

/** "Imprimir esta guía": opens the printable page of the task in a new tab, then closes the popup. */
export function PrintButton({ task }: { task: ProfileId }) {
  const lang = useLang();
  const t = useTh();
  return (
    <button
      type="button"
      class="btn"
      data-testid="open-print"
      onClick={() => {
        void browser.tabs.create({ url: browser.runtime.getURL(PRINT_PATH) + printQuery(task, lang) });
        window.close();
      }}
    >
      {t('print.open')}
    </button>
  );
}
