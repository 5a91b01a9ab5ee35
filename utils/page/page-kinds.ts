/**
 * Which official page is this? `detectPage` walks the data table `PAGE_RULES`
 * (utils/portal/pages.ts): the first entry whose URL signals and page-text signals all match wins.
 * The named predicates (`isGeneratePage(url, headings)`, Refined GitHub's `pageDetect.isX` style)
 * are that same first-match answer, one per page kind.
 */
import type { PageKind } from '../messaging';
import { PAGE_RULES } from '../portal/pages';
import { norm } from './normalize-text';

export interface PageInfo {
  kind: PageKind;
  /** Name/id tokens may identify a field (known page kinds); else only words a person reads. */
  tokens: boolean;
}

function hostMatches(host: string, suffix: string) {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/**
 * Detects the page kind from its URL and its title and headings (not the whole text: menus on
 * every page name the other procedures).
 */
export function detectPage(url: string, headings: string): PageInfo {
  let host = '';
  let path = '';
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname.toLowerCase();
  } catch {
    // not a URL: text signals only
  }
  const text = ` ${norm(headings)} `;
  for (const r of PAGE_RULES) {
    if (r.hosts && !r.hosts.some((h) => hostMatches(host, h))) continue;
    if (r.paths && !r.paths.some((p) => path.includes(p))) continue;
    if (r.text && !r.text.some((t) => text.includes(` ${t} `))) continue;
    return { kind: r.kind, tokens: r.tokens };
  }
  return { kind: 'other', tokens: false };
}

/** A named predicate over `detectPage` for one page kind. */
type PagePredicate = (url: string, headings?: string) => boolean;
const isKind =
  (kind: PageKind): PagePredicate =>
  (url, headings = '') =>
    detectPage(url, headings).kind === kind;

/** Generar / Recuperar clave. */
export const isGeneratePage = isKind('generate');
/** Desbloqueo de clave. */
export const isUnlockPage = isKind('unlock');
/** Actualización de datos. */
export const isUpdateDataPage = isKind('update-data');
/** Cambio de clave (a signed-in person changing it). */
export const isChangeClavePage = isKind('change-clave');
/** The employers' application (login, new employer registration). */
export const isEmployerPage = isKind('employer');
/** Any BIESS page. */
export const isBiessPage = isKind('biess');
