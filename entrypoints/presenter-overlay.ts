/**
 * Presenter mode for the official pages, loaded by the content script only when a support agent
 * has turned presenter mode on: people who never use it never load this code. It runs in the
 * content script's isolated world and hands the mount function over on that world's global.
 * Its exit button turns the preference off here (the content script follows that change and
 * removes the overlay), so the content script itself carries no code for it.
 */
import { browser } from '@wxt-dev/browser';
import { mountPortalPresenter } from '../components/portal-presenter/mount';
import { PREFS_KEY as PREFS_ITEM, rawKey } from '../utils/storage/keys';

const PREFS_KEY = rawKey(PREFS_ITEM);

/** Presenter mode off in the saved preferences, the other preferences kept. */
async function leave() {
  const prefs = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY];
  if (prefs && typeof prefs === 'object') await browser.storage.local.set({ [PREFS_KEY]: { ...prefs, presenter: false } });
}

/** What the content script calls: the overlay on the page until `signal` aborts. */
export type PresenterMount = (options: Omit<Parameters<typeof mountPortalPresenter>[0], 'onExit'>) => void;

const mount: PresenterMount = (options) => mountPortalPresenter({ ...options, onExit: () => void leave().catch(() => undefined) });

export default defineUnlistedScript(() => {
  (globalThis as { __asistentePresenter?: PresenterMount }).__asistentePresenter = mount;
});
