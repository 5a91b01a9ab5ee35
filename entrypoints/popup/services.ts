/**
 * The popup's browser calls, kept out of components/: the components get these as props, and
 * the tests can pass their own.
 */
import { browser } from '@wxt-dev/browser';
import type { PopupServices } from '../../components/popup/App';
import { detectPage } from '../../utils/page/page-kinds';
import type { PageReport } from '../../utils/page/page-report';
import { parsePageReport } from '../../utils/page/page-report-schema';
import { PAGE_NEEDS } from '../../utils/portal/needs';
import { classifySite, type SiteCheck } from '../../utils/site-check';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** With activeTab, the url is there once the person clicked the action; otherwise "unknown". */
async function checkActiveTab(): Promise<SiteCheck> {
  try {
    return classifySite((await activeTab())?.url ?? '');
  } catch {
    return classifySite('');
  }
}

/**
 * Opens the practice portal in a new tab (tabs.create needs no permission), closes the popup.
 * Nothing here rejects unhandled (storage writes report failures themselves: StorageError).
 */
function openPractice(): void {
  browser.tabs.create({ url: browser.runtime.getURL('/practice.html') }).catch(() => undefined);
  window.close();
}

/**
 * The page report of the active tab when it is an official procedure page (by its URL): the
 * report script (entrypoints/page-report.ts) is injected into its top frame and reads the page
 * (activeTab, or the content-script hosts, allow it). Null elsewhere or when it cannot run.
 */
async function pageReport(): Promise<PageReport | null> {
  try {
    const tab = await activeTab();
    const url = tab?.url ?? '';
    if (tab?.id === undefined || classifySite(url).verdict !== 'official') return null;
    const kind = detectPage(url, '').kind;
    if (!PAGE_NEEDS.some((n) => n.kind === kind)) return null;
    const [first] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/page-report.js'] });
    return parsePageReport(first?.result) ?? null;
  } catch {
    return null;
  }
}

/** Puts text on the clipboard (called from the person's click). */
function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

export const popupServices: PopupServices = { checkActiveTab, openPractice, pageReport, copyText };
