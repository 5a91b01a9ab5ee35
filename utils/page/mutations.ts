/**
 * The living page: batches of DOM mutations boiled down to what the assistant needs (is a scan
 * worth it, was one of our hosts taken away, what text came in), and the observers that feed them.
 */
import { hasFake, holds, isOurs as ours } from './detect';
import { HEADINGS } from '../portal/phrases';

/** What changed since the assistant last looked. */
export interface PageChanges {
  /** How many nodes came since the last read (./step-signals.ts): a read (the captcha) is due. */
  added: number;
  /** Look at the whole page next time: page kind and every field (first pass, a swapped body, more than ADDED_MAX additions). */
  fullText: boolean;
  /** A heading came in: the page kind may have changed. */
  headingsChanged: boolean;
  /** Something that looks like ours came in (a cloned row, a page-made fake hint). */
  strays: boolean;
  /** Where fields may have come, gone or changed: only these subtrees are scanned. */
  roots: Set<Element>;
  /** A label or a field came or went, or a label's text changed: labels are read again. */
  labels: boolean;
}

const ADDED_MAX = 500;
const isOurs = (n: Node) => n.nodeType === 1 && ours(n as Element);
const isHeading = (n: Node) => n.nodeType === 1 && holds(n as Element, HEADINGS);
const LABELLED = 'label,input';
const hasLabelled = (n: Node) => n.nodeType === 1 && holds(n as Element, LABELLED);

/**
 * Keeps what matters from a batch in `changes`; calls `restore` when a host of ours was removed.
 * True when a scan is worth it: nodes came or went, or a field's look changed. Text alone (a
 * clock) is only worth one inside a form or a label, where it may be a field's words.
 */
function noteMutations(records: MutationRecord[], changes: PageChanges, restore: () => void): boolean {
  const before = changes.roots.size;
  let gone = false;
  for (const r of records) {
    const target = r.target as Element;
    if (isOurs(target)) continue;
    if (r.type === 'attributes') {
      if (target.localName === 'input' || target.getElementsByTagName('input').length > 0) changes.roots.add(target);
      continue;
    }
    let nodes = false;
    let text = false;
    for (const n of r.addedNodes) {
      if (isOurs(n)) continue;
      if (n.nodeType === 1) {
        nodes = true;
        if (hasFake(n as Element)) changes.strays = true;
      } else text = true;
      if (++changes.added > ADDED_MAX) changes.fullText = true;
      if (!changes.headingsChanged && isHeading(n)) changes.headingsChanged = true;
      if (hasLabelled(n)) changes.labels = true;
    }
    for (const n of r.removedNodes) {
      if (isOurs(n)) gone = true;
      else if (n.nodeType === 1) nodes = true;
      else text = true;
      if (hasLabelled(n)) changes.labels = true;
    }
    // Our hosts never sit inside a label (./hint-host.ts places them after it).
    const label = target.closest('label');
    if (label) changes.labels = true;
    const words = nodes ? target : text && (target.closest('form') ?? label?.control);
    if (words) changes.roots.add(words);
  }
  if (gone) restore();
  return changes.roots.size > before;
}

/** Watches the body (and the body being swapped) until `signal` aborts. */
export function observeMutations(
  doc: Document,
  signal: AbortSignal,
  changes: PageChanges,
  scanLater: () => void,
  restoreLater: () => void,
  readLater: () => void,
): void {
  const bodyObserver = new MutationObserver((records) => {
    if (noteMutations(records, changes, restoreLater)) scanLater();
    else if (changes.added) readLater();
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
  // A full-page update may swap the body itself. Our own elements coming or going (the root, the
  // live region) are no change of the page's: put back if need be, no full scan.
  const htmlObserver = new MutationObserver((records) => {
    restoreLater();
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every(isOurs))) return;
    observeBody();
    changes.fullText = true;
    changes.labels = true;
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
