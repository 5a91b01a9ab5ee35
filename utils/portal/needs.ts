/**
 * What fields each official procedure page needs: the screens of each procedure that hold
 * fields the assistant judges, as the portal shows them today (see /shared/portal-facts.md:
 * generate / recover asks for the cédula, then email and phones, then the new clave twice;
 * unlock asks for the cédula; the data update for email and phones; the employer pages for the
 * RUC, the representative's cédula and an email).
 * Read by the page report (utils/page/page-report.ts) to notice a page the assistant no longer
 * recognises; validated against `PageNeedSchema` by tests/unit/portal/needs.test.ts.
 * Screens without fields we judge (validation questions, logins, confirmations) are not listed:
 * the report only speaks when a page shows inputs that no detector explains.
 */
import type * as z from 'zod/mini';
import type { PageNeedSchema } from './needs-schema';

export type PageNeed = z.infer<typeof PageNeedSchema>;

export const PAGE_NEEDS: readonly PageNeed[] = [
  { kind: 'generate', screens: [['cedula'], ['email'], ['phone'], ['password', 'password-confirm']] },
  { kind: 'unlock', screens: [['cedula']] },
  { kind: 'update-data', screens: [['email'], ['phone'], ['cedula']] },
  { kind: 'change-clave', screens: [['password', 'password-confirm']] },
  { kind: 'employer', screens: [['ruc'], ['cedula'], ['email']] },
];

/**
 * Fields the portal shows that the assistant leaves alone and the label table does not name
 * (normalized phrases, as in utils/portal/labels.ts): the report counts them as explained, so a
 * screen with only these (the validation questions' birth date) is not taken for a changed page.
 */
export const LEFT_ALONE: readonly string[] = ['fecha de nacimiento', 'nacimiento', 'date of birth', 'birth date', 'respuesta', 'answer', 'usuario', 'username', 'buscar', 'search'];
