/**
 * The printable guide of one task (issue 15 item 10): `/print.html?task=afiliado&lang=es`.
 * A popup closes when the print dialog opens, so the popup opens this page in a tab; the person
 * prints it from here. Nothing personal is read: only the task and the language.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PrintGuide } from '../../components/popup/PrintGuide';
import { parsePrintQuery } from '../../utils/help/print-url';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { th } from '../../utils/i18n/help';
import { readPrefs } from '../../utils/storage/items';
import './style.css';

function PrintPage() {
  const query = parsePrintQuery(location.search);
  const [lang, setLang] = useState<Lang | null>(query.lang);
  useEffect(() => {
    if (!query.lang) void readPrefs().then((p) => setLang(p.lang ?? browserLang()));
  }, []);
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = lang;
    document.title = th(lang, 'print.pageTitle');
  }, [lang]);
  if (!lang) return null;
  const task = query.task ?? 'afiliado';
  return (
    <main>
      <div class="toolbar no-print" data-testid="print-toolbar">
        <button type="button" class="print-btn" data-testid="print-now" onClick={() => window.print()}>
          {th(lang, 'print.button')}
        </button>
        <p>{th(lang, 'print.hint')}</p>
      </div>
      <PrintGuide task={task} lang={lang} />
    </main>
  );
}

render(<PrintPage />, document.getElementById('app')!);
