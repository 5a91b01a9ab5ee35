/**
 * The popup's browser calls, kept out of components/: the components get these as props, and
 * the tests can pass their own.
 */
import { browser } from '@wxt-dev/browser';
import type { PopupServices } from '../../components/popup/App';
import type { PageReport } from '../../utils/page/page-report';
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
 * The reading itself (./page-report-read.ts) is loaded only on an official tab.
 */
async function pageReport(): Promise<PageReport | null> {
  try {
    const tab = await activeTab();
    const url = tab?.url ?? '';
    if (tab?.id === undefined || classifySite(url).verdict !== 'official') return null;
    // Loaded here, on an official tab only: not part of the script the first render waits for.
    const { readPageReport } = await import('./page-report-read');
    return await readPageReport(tab.id, url);
  } catch {
    return null;
  }
}

/** Puts text on the clipboard (called from the person's click). */
function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

export const popupServices: PopupServices = { checkActiveTab, openPractice, pageReport, copyText };
