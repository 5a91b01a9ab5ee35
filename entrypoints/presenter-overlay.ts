/**
 * Presenter mode for the official pages, loaded by the content script only when a support agent
 * has turned presenter mode on: people who never use it never load this code. It runs in the
 * content script's isolated world and hands the mount function over on that world's global.
 */
import { mountPortalPresenter } from '../components/portal-presenter/mount';

export default defineUnlistedScript(() => {
  (globalThis as { __asistentePresenter?: typeof mountPortalPresenter }).__asistentePresenter = mountPortalPresenter;
});
