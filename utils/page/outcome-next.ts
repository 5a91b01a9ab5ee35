/** The text key of what to do next after a portal message on this kind of page (the outcomes table). */
import type { PageKind } from '../messaging';
import type { PortalMessage } from '../portal/messages';

export function nextKey(m: PortalMessage, page: PageKind): string {
  return m.nextFor?.[page] ?? m.next;
}
