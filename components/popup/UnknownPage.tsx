/**
 * "No reconozco esta página": shown when the active tab is an official procedure page the
 * assistant no longer recognises (utils/page/page-report.ts). It shows the report for support
 * as it will be copied, and copies exactly that text on the person's click.
 */
import { useContext, useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../../utils/page/page-report';
import { reportText } from '../../utils/page/report-text';
import { tr, type ReportKey } from '../../utils/i18n/report';
import { Icon } from './Icon';
import { LangContext } from './i18n';

interface Props {
  /** The active tab's report, or null (not a procedure page, or it could not be read). */
  load: () => Promise<PageReport | null>;
  copy: (text: string) => Promise<void>;
}

export function UnknownPage({ load, copy }: Props) {
  const lang = useContext(LangContext);
  const t = (key: ReportKey) => tr(lang, key);
  // undefined while the report is being read (the tests wait for the answer).
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    let alive = true;
    load().then(
      (r) => alive && setReport(r),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [load]);

  if (!report?.unknown) {
    const state = report === undefined ? 'loading' : report ? 'recognised' : 'none';
    return <div hidden data-testid="page-report" data-state={state} />;
  }
  const text = reportText(report);
  const onCopy = () => {
    copy(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  return (
    <section class="card unknown-page" aria-labelledby="unknown-heading" data-testid="unknown-page" data-state="unknown">
      <h2 id="unknown-heading" class="verdict">
        <Icon name="warning" />
        <span>{t('report.unknown')}</span>
      </h2>
      <p>{t('report.why')}</p>
      <p id="report-label" class="small-heading">
        {t('report.preview')}
      </p>
      {/* A named, focusable region: keyboard users can scroll it, screen readers read it by name. */}
      <pre class="report-preview" data-testid="report-preview" role="region" tabIndex={0} aria-labelledby="report-label">
        {text}
      </pre>
      <button type="button" class="btn primary" data-testid="report-copy" onClick={onCopy}>
        {t('report.copy')}
      </button>
      <p role="status" data-testid="report-status">
        {copied ? t(copied === 'copied' ? 'report.copied' : 'report.failed') : ''}
      </p>
    </section>
  );
}
