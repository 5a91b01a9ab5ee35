/**
 * The popup's browser calls, kept out of components/: the components get these as props, and
 * the tests can pass their own.
 */
import { browser } from 'wxt/browser';
import type { PopupServices } from '../../components/popup/App';
import { classifySite, type SiteCheck } from '../../utils/site-check';

/** With activeTab, the url is there once the person clicked the action; otherwise "unknown". */
async function checkActiveTab(): Promise<SiteCheck> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return classifySite(tab?.url ?? '');
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

export const popupServices: PopupServices = { checkActiveTab, openPractice };
