/**
 * Stands in for WXT's `ContentScriptContext` in the content script's build only (wxt.config.ts
 * points `wxt/utils/content-script-context` here for that build group). WXT's class listens on the
 * page's `document` for a "content script started" CustomEvent that any page can dispatch with
 * the (public) extension id, which switches the context off (wxt-dev/wxt issues 1359, 1937,
 * PR 1938); it also posts that event's name to the page and carries a location watcher whose
 * event a page can forge. The assistant has its own lifetime (utils/lifetime.ts) and its own URL
 * watch (entrypoints/content.ts), so this class does nothing and listens to nothing: no page
 * event reaches the content script's lifetime at all.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
