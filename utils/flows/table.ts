/**
 * The flows table: one profile per task, its steps in order, the official page for each, and the
 * page signals (utils/messaging.ts) that tick each step. A later signal also ticks the earlier
 * steps it proves (e.g. `email-sent` proves the cédula was accepted), so each step lists them.
 * Texts are keys of utils/i18n/popup.ts (Spanish and English). Validated by FlowsSchema in tests.
 */
import type { Profile } from './schema';

export const PORTAL_URLS = {
  generate: 'https://app.iess.gob.ec/iess-gestion-desbloqueo-publico-web/',
  unlock: 'https://app.iess.gob.ec/iess-gestion-desbloqueo-clave-web/public/desbloquearClave.jsf',
  updateData: 'https://app.iess.gob.ec/gestion-afiliado-web/app/index',
  employer: 'https://www.iess.gob.ec/empleador-web/pages/principal.jsf',
  iess: 'https://www.iess.gob.ec/',
  biess: 'https://www.biess.fin.ec/',
} as const;

/** About 15 minutes for a new clave (guide), 3 minutes for an unlock (IESS). */
export const GENERATE_LINK_MINUTES = 15;
export const UNLOCK_LINK_MINUTES = 3;

export const FLOWS: readonly Profile[] = [
  {
    id: 'afiliado',
    name: 'profile.afiliado.name',
    desc: 'profile.afiliado.desc',
    pages: ['generate', 'change-clave'],
    expiredKey: 'email.expired.afiliado',
    portal: PORTAL_URLS.generate,
    steps: [
      {
        id: 'afiliado.open',
        title: 'step.afiliado.open.title',
        tip: 'step.afiliado.open.tip',
        fail: 'step.afiliado.open.fail',
        link: PORTAL_URLS.generate,
        signals: ['portal-opened', 'id-valid', 'captcha-shown', 'questions-shown', 'email-valid', 'email-sent', 'clave-valid', 'clave-created'],
      },
      {
        id: 'afiliado.cedula',
        title: 'step.afiliado.cedula.title',
        tip: 'step.afiliado.cedula.tip',
        fail: 'step.afiliado.cedula.fail',
        signals: ['id-valid', 'questions-shown', 'email-sent', 'clave-valid', 'clave-created'],
      },
      {
        id: 'afiliado.robot',
        title: 'step.afiliado.robot.title',
        tip: 'step.afiliado.robot.tip',
        fail: 'step.afiliado.robot.fail',
        signals: ['questions-shown', 'email-sent', 'clave-valid', 'clave-created'],
      },
      {
        id: 'afiliado.questions',
        title: 'step.afiliado.questions.title',
        tip: 'step.afiliado.questions.tip',
        fail: 'step.afiliado.questions.fail',
        signals: ['email-sent', 'clave-valid', 'clave-created'],
      },
      {
        id: 'afiliado.email',
        title: 'step.afiliado.email.title',
        tip: 'step.afiliado.email.tip',
        fail: 'step.afiliado.email.fail',
        signals: ['email-sent', 'clave-valid', 'clave-created'],
        email: { linkMinutes: GENERATE_LINK_MINUTES },
      },
      {
        id: 'afiliado.inbox',
        title: 'step.afiliado.inbox.title',
        tip: 'step.afiliado.inbox.tip',
        fail: 'step.afiliado.inbox.fail',
        signals: ['clave-valid', 'clave-created'],
        endsEmailWait: true,
      },
      {
        id: 'afiliado.clave',
        title: 'step.afiliado.clave.title',
        tip: 'step.afiliado.clave.tip',
        fail: 'step.afiliado.clave.fail',
        signals: ['clave-created'],
      },
      {
        id: 'afiliado.test',
        title: 'step.afiliado.test.title',
        tip: 'step.afiliado.test.tip',
        fail: 'step.afiliado.test.fail',
        link: PORTAL_URLS.iess,
      },
    ],
  },
  {
    id: 'unlock',
    name: 'profile.unlock.name',
    desc: 'profile.unlock.desc',
    pages: ['unlock'],
    expiredKey: 'email.expired.unlock',
    portal: PORTAL_URLS.unlock,
    steps: [
      {
        id: 'unlock.check',
        title: 'step.unlock.check.title',
        tip: 'step.unlock.check.tip',
        fail: 'step.unlock.check.fail',
      },
      {
        id: 'unlock.open',
        title: 'step.unlock.open.title',
        tip: 'step.unlock.open.tip',
        fail: 'step.unlock.open.fail',
        link: PORTAL_URLS.unlock,
        signals: ['portal-opened', 'id-valid', 'captcha-shown', 'email-sent', 'unlocked'],
      },
      {
        id: 'unlock.cedula',
        title: 'step.unlock.cedula.title',
        tip: 'step.unlock.cedula.tip',
        fail: 'step.unlock.cedula.fail',
        signals: ['id-valid', 'email-sent', 'unlocked'],
      },
      {
        id: 'unlock.email',
        title: 'step.unlock.email.title',
        tip: 'step.unlock.email.tip',
        fail: 'step.unlock.email.fail',
        signals: ['email-sent', 'unlocked'],
        email: { linkMinutes: UNLOCK_LINK_MINUTES },
      },
      {
        id: 'unlock.link',
        title: 'step.unlock.link.title',
        tip: 'step.unlock.link.tip',
        fail: 'step.unlock.link.fail',
        signals: ['unlocked'],
        endsEmailWait: true,
      },
      {
        id: 'unlock.test',
        title: 'step.unlock.test.title',
        tip: 'step.unlock.test.tip',
        fail: 'step.unlock.test.fail',
        link: PORTAL_URLS.iess,
      },
    ],
  },
  {
    id: 'update',
    name: 'profile.update.name',
    desc: 'profile.update.desc',
    pages: ['update-data'],
    expiredKey: 'email.expired.generic',
    portal: PORTAL_URLS.updateData,
    steps: [
      {
        id: 'update.open',
        title: 'step.update.open.title',
        tip: 'step.update.open.tip',
        fail: 'step.update.open.fail',
        link: PORTAL_URLS.updateData,
        signals: ['portal-opened', 'id-valid', 'email-valid', 'email-sent'],
      },
      {
        id: 'update.login',
        title: 'step.update.login.title',
        tip: 'step.update.login.tip',
        fail: 'step.update.login.fail',
        signals: ['email-valid', 'email-sent'],
      },
      {
        id: 'update.data',
        title: 'step.update.data.title',
        tip: 'step.update.data.tip',
        fail: 'step.update.data.fail',
        signals: ['email-valid', 'email-sent'],
      },
      {
        id: 'update.code',
        title: 'step.update.code.title',
        tip: 'step.update.code.tip',
        fail: 'step.update.code.fail',
        signals: ['email-sent'],
        // The code's validity is not published: reminders without an expiry.
        email: {},
      },
      {
        id: 'update.confirm',
        title: 'step.update.confirm.title',
        tip: 'step.update.confirm.tip',
        fail: 'step.update.confirm.fail',
        endsEmailWait: true,
      },
    ],
  },
  {
    id: 'empleador',
    name: 'profile.empleador.name',
    desc: 'profile.empleador.desc',
    pages: ['employer'],
    expiredKey: 'email.expired.generic',
    portal: PORTAL_URLS.employer,
    note: { text: 'employer.note', strong: 'employer.bring' },
    steps: [
      {
        id: 'empleador.open',
        title: 'step.empleador.open.title',
        tip: 'step.empleador.open.tip',
        fail: 'step.empleador.open.fail',
        link: PORTAL_URLS.employer,
        signals: ['portal-opened', 'id-valid'],
      },
      {
        id: 'empleador.form',
        title: 'step.empleador.form.title',
        tip: 'step.empleador.form.tip',
        fail: 'step.empleador.form.fail',
        signals: ['id-valid'],
      },
      { id: 'empleador.print', title: 'step.empleador.print.title', tip: 'step.empleador.print.tip' },
      {
        id: 'empleador.docs',
        title: 'step.empleador.docs.title',
        tip: 'step.empleador.docs.tip',
        fail: 'step.empleador.docs.fail',
      },
      { id: 'empleador.office', title: 'step.empleador.office.title', tip: 'step.empleador.office.tip' },
      {
        id: 'empleador.test',
        title: 'step.empleador.test.title',
        tip: 'step.empleador.test.tip',
        signals: ['clave-created'],
      },
    ],
  },
  {
    id: 'biess',
    name: 'profile.biess.name',
    desc: 'profile.biess.desc',
    pages: ['biess'],
    expiredKey: 'email.expired.generic',
    portal: PORTAL_URLS.biess,
    steps: [
      {
        id: 'biess.clave',
        title: 'step.biess.clave.title',
        tip: 'step.biess.clave.tip',
        fail: 'step.biess.clave.fail',
      },
      {
        id: 'biess.open',
        title: 'step.biess.open.title',
        tip: 'step.biess.open.tip',
        link: PORTAL_URLS.biess,
        signals: ['portal-opened', 'id-valid'],
      },
      {
        id: 'biess.login',
        title: 'step.biess.login.title',
        tip: 'step.biess.login.tip',
        fail: 'step.biess.login.fail',
        signals: ['id-valid'],
      },
      { id: 'biess.done', title: 'step.biess.done.title', tip: 'step.biess.done.tip' },
    ],
  },
];
