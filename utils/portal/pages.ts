/**
 * The official pages: where each procedure lives (its web application and its address) and the
 * page-kind rules that recognise it. Plain typed data (no zod at run time: the content script reads
 * it); `tests/unit/portal/tables.test.ts` parses it against `utils/portal/schemas.ts`.
 * The matching code is `detectPage` and the `is*Page` predicates in `utils/page/page-kinds.ts`.
 */
import type * as z from 'zod/mini';
import { BIESS_DOMAIN, IESS_DOMAIN, OFFICIAL_DOMAINS } from './hosts';
import type { PageRuleSchema, PortalUrlsSchema } from './schemas';

// Each procedure's web application: the first segment of its path (the page rules look for it).
/** Generar / Recuperar clave (afiliados, jubilados). */
const GENERATE_APP = '/iess-gestion-desbloqueo-publico-web';
/** Desbloqueo de clave. */
const UNLOCK_APP = '/iess-gestion-desbloqueo-clave-web';
/** Actualización de datos. */
const UPDATE_DATA_APP = '/gestion-afiliado-web';
/** Employers: login, "Registro de nuevo empleador". */
const EMPLOYER_APP = '/empleador-web';

/** Each procedure's web application, by the keys of PORTAL_URLS. */
export const PORTAL_APPS = { generate: GENERATE_APP, unlock: UNLOCK_APP, updateData: UPDATE_DATA_APP, employer: EMPLOYER_APP } as const;

/**
 * The page a person opens for each procedure (as the IESS notices give them).
 * Written out, not built from the hosts and applications above: the build check
 * (tests/build/shipped-code.test.ts) reads every address in the shipped code, and a computed one
 * would hide from it. The unit tests prove each lies on an official host, inside its application.
 */
export const PORTAL_URLS: z.infer<typeof PortalUrlsSchema> = {
  generate: 'https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/',
  unlock: 'https://app.iess.gob.ec/iess-gestion-desbloqueo-clave-web/public/desbloquearClave.jsf',
  updateData: 'https://app.iess.gob.ec/gestion-afiliado-web/app/index',
  employer: 'https://www.iess.gob.ec/empleador-web/pages/principal.jsf',
  iess: 'https://www.iess.gob.ec/',
  biess: 'https://www.biess.fin.ec/',
};

type PageRule = z.infer<typeof PageRuleSchema>;

const IESS = [IESS_DOMAIN];
const OFFICIAL = [...OFFICIAL_DOMAINS];
const CHANGE_TEXT = ['cambiar clave', 'cambio de clave', 'cambiar la clave', 'cambiar contrasena', 'cambio de contrasena', 'change password'];

/**
 * Page kinds as data: the first entry whose URL signals and page-text signals all match wins.
 * URL-specific entries come first, then text-only fallbacks (also used by the practice portal,
 * which runs on an extension page), then host-wide ones, then `other`.
 */
export const PAGE_RULES: readonly PageRule[] = [
  { kind: 'generate', hosts: IESS, paths: [GENERATE_APP], tokens: true },
  { kind: 'unlock', hosts: IESS, paths: [UNLOCK_APP], tokens: true },
  { kind: 'update-data', hosts: IESS, paths: [UPDATE_DATA_APP], tokens: true },
  { kind: 'employer', hosts: IESS, paths: [EMPLOYER_APP], tokens: true },
  { kind: 'change-clave', hosts: IESS, paths: ['cambio-clave', 'cambioclave', 'cambiar-clave', 'cambiarclave', 'cambio_clave'], tokens: true },
  { kind: 'change-clave', hosts: IESS, text: CHANGE_TEXT, tokens: true },
  { kind: 'biess', hosts: [BIESS_DOMAIN], tokens: false },
  // Text only: another official page with this content, or the practice portal.
  { kind: 'generate', text: ['generar recuperar clave', 'generar o recuperar clave', 'recuperar clave', 'generar clave', 'generar la clave'], tokens: true },
  { kind: 'unlock', text: ['desbloquear clave', 'desbloqueo de clave', 'desbloquear la clave', 'unlock'], tokens: true },
  { kind: 'update-data', text: ['actualizacion de datos', 'actualizar datos', 'actualice sus datos', 'update your data'], tokens: true },
  { kind: 'employer', text: ['empleador', 'employer'], tokens: true },
  { kind: 'change-clave', text: CHANGE_TEXT, tokens: true },
  { kind: 'other', hosts: OFFICIAL, tokens: false },
  { kind: 'other', tokens: false },
];
