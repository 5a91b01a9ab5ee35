/**
 * The page report, injected by the popup into the active official tab on demand
 * (`scripting.executeScript` with this file: entrypoints/popup/services.ts), so the content script
 * carries none of it. Runs in the extension's isolated world, reads the page's structure with the
 * same detection modules as the content script, changes nothing, and hands the report back as the
 * script's result (WXT ends an unlisted script's file with its `main`'s return value).
 */
import { browser } from '@wxt-dev/browser';
import { buildPageReport, type PageReport } from '../utils/page/page-report';

export default defineUnlistedScript((): PageReport => buildPageReport(document, location.href, browser.runtime.getManifest().version));
