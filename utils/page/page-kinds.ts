/**
 * Page kinds as data: the first entry whose URL signals and page-text signals all match wins.
 * URL-specific entries come first, then text-only fallbacks (also used by the practice portal,
 * which runs on an extension page), then host-wide ones, then `other`. Validated against
 * `PageRuleSchema` by the unit tests.
 */
import type * as z from 'zod/mini';
import type { PageKind } from '../messaging';
import type { PageRuleSchema } from './schemas';
import { norm } from './text';

export type PageRule = z.infer<typeof PageRuleSchema>;

const IESS = ['iess.gob.ec'];
const OFFICIAL = ['iess.gob.ec', 'biess.fin.ec'];
const CHANGE_TEXT = ['cambiar clave', 'cambio de clave', 'cambiar la clave', 'cambiar contrasena', 'cambio de contrasena', 'change password'];

export const PAGE_RULES: readonly PageRule[] = [
  { kind: 'generate', hosts: IESS, paths: ['/iess-gestion-desbloqueo-publico-web'], tokens: true },
  { kind: 'unlock', hosts: IESS, paths: ['/iess-gestion-desbloqueo-clave-web'], tokens: true },
  { kind: 'update-data', hosts: IESS, paths: ['/gestion-afiliado-web'], tokens: true },
  { kind: 'employer', hosts: IESS, paths: ['/empleador-web'], tokens: true },
  { kind: 'change-clave', hosts: IESS, paths: ['cambio-clave', 'cambioclave', 'cambiar-clave', 'cambiarclave', 'cambio_clave'], tokens: true },
  { kind: 'change-clave', hosts: IESS, text: CHANGE_TEXT, tokens: true },
  { kind: 'biess', hosts: ['biess.fin.ec'], tokens: false },
  // Text only: another official page with this content, or the practice portal.
  { kind: 'generate', text: ['generar recuperar clave', 'generar o recuperar clave', 'recuperar clave', 'generar clave', 'generar la clave'], tokens: true },
  { kind: 'unlock', text: ['desbloquear clave', 'desbloqueo de clave', 'desbloquear la clave', 'unlock'], tokens: true },
  { kind: 'update-data', text: ['actualizacion de datos', 'actualizar datos', 'actualice sus datos', 'update your data'], tokens: true },
  { kind: 'employer', text: ['empleador', 'employer'], tokens: true },
  { kind: 'change-clave', text: CHANGE_TEXT, tokens: true },
  { kind: 'other', hosts: OFFICIAL, tokens: false },
  { kind: 'other', tokens: false },
];

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
