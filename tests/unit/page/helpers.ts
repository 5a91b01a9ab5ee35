import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/portal');

/** A fixture's body markup (scripts left out: happy-dom tests drive changes themselves). */
function fixtureBody(file: string): string {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

function fixtureTitle(file: string): string {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  return /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
}

/** Loads a fixture into the test document (tests only: never done with page data at run time). */
export function loadFixture(file: string): void {
  document.title = fixtureTitle(file);
  document.body.innerHTML = fixtureBody(file);
}

/**
 * The extension's locale messages for the hints, as the build generates them, behind
 * `browser.i18n.getMessage` (the fake browser of the unit tests has none). Call in beforeEach.
 */
export async function installHintMessages(): Promise<void> {
  const { vi } = await import('vitest');
  const { browser } = await import('wxt/browser');
  const { hintLocaleMessages } = await import('../../../scripts/locale-messages');
  const messages = hintLocaleMessages();
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) =>
    (messages[name]?.message ?? '').replace(/\$\$/g, '$'));
}
