/**
 * The page report of an official tab (see `pageReport` in ./services.ts), loaded only when the
 * active tab is an official site: the page detection, the page needs and the report's schema stay
 * out of the script the popup waits for before its first render (issue 17).
 */
import { browser } from '@wxt-dev/browser';
import { detectPage } from '../../utils/page/page-kinds';
import type { PageReport } from '../../utils/page/page-report';
import { parsePageReport } from '../../utils/page/page-report-schema';
import { PAGE_NEEDS } from '../../utils/portal/needs';

/** The report of the official tab `tabId` at `url` when it is a procedure page; otherwise null. */
export async function readPageReport(tabId: number, url: string): Promise<PageReport | null> {
  const kind = detectPage(url, '').kind;
  if (!PAGE_NEEDS.some((n) => n.kind === kind)) return null;
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-report.js'] });
  return parsePageReport(first?.result) ?? null;
}
