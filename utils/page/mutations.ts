/**
 * The living page: batches of DOM mutations boiled down to what the assistant needs (is a scan
 * worth it, was one of our hosts taken away, what text came in), and the observers that feed them.
 */
import { hasFake, isOurs as ours } from './detect';
import { HEADINGS } from '../portal/phrases';

/** What changed since the assistant last looked. */
export interface PageChanges {
  /** Added nodes since the last text read: their text is checked for step phrases. */
  added: Node[];
  /** Read the whole visible text next time (first pass, a swapped body, too many additions). */
  fullText: boolean;
  /** A heading came in: the page kind may have changed. */
  headingsChanged: boolean;
  /** Something that looks like ours came in (a cloned row, a page-made fake hint). */
  strays: boolean;
}

const ADDED_MAX = 500;
const isOurs = (n: Node) => n.nodeType === 1 && ours(n as Element);
const isHeading = (n: Node) => n.nodeType === 1 && ((n as Element).matches(HEADINGS) || !!(n as Element).querySelector(HEADINGS));

/**
 * Keeps what matters from a batch in `changes`; calls `restore` when a host of ours was removed.
 * True when a scan is worth it.
 */
function noteMutations(records: MutationRecord[], changes: PageChanges, restore: () => void): boolean {
  let worth = false;
  let gone = false;
  for (const r of records) {
    if (isOurs(r.target)) continue;
    if (r.type === 'attributes') {
      const t = r.target as Element;
      if (t.localName === 'input' || t.getElementsByTagName('input').length > 0) worth = true;
      continue;
    }
    for (const n of r.addedNodes) {
      if (isOurs(n)) continue;
      if (n.nodeType === 1 && hasFake(n as Element)) changes.strays = true;
      worth = true;
      if (changes.added.length < ADDED_MAX) changes.added.push(n);
      else changes.fullText = true;
      if (!changes.headingsChanged && isHeading(n)) changes.headingsChanged = true;
    }
    for (const n of r.removedNodes) {
      if (!isOurs(n)) worth = true;
      else gone = true;
    }
  }
  if (gone) restore();
  return worth;
}

/** Watches the body (and the body being swapped) until `signal` aborts. */
export function observeMutations(doc: Document, signal: AbortSignal, changes: PageChanges, scanLater: () => void, restoreLater: () => void): void {
  const bodyObserver = new MutationObserver((records) => {
    if (noteMutations(records, changes, restoreLater)) scanLater();
  });
  let observed: HTMLElement | null = null;
  const observeBody = () => {
    if (doc.body === observed) return;
    bodyObserver.disconnect();
    observed = doc.body;
    if (observed) {
      bodyObserver.observe(observed, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['type', 'disabled', 'hidden', 'style', 'class'],
      });
    }
  };
  // A full-page update may swap the body itself.
  const htmlObserver = new MutationObserver(() => {
    restoreLater();
    observeBody();
    changes.fullText = true;
    scanLater();
  });
  htmlObserver.observe(doc.documentElement, { childList: true });
  observeBody();
  signal.addEventListener(
    'abort',
    () => {
      bodyObserver.disconnect();
      htmlObserver.disconnect();
    },
    { once: true },
  );
}
