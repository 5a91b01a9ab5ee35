/**
 * The flows table: one profile per task, its steps in order, the official page for each, and the
 * page signals (utils/messaging.ts) each step shows itself (`ownSignals`). The signals that tick a
 * step are derived from these (./proving.ts): a later signal also proves the earlier steps.
 * Texts are keys of utils/i18n/popup.ts (Spanish and English). Validated by FlowsSchema in tests.
 */
import type { PopupKey } from '../i18n/popup';
import { GENERATE_LINK_MINUTES, UNLOCK_LINK_MINUTES } from '../portal/links';
import { PORTAL_URLS } from '../portal/pages';
import { withProvingSignals } from './proving';
import type { Profile } from './task-schema';

export const FLOWS: readonly Profile<PopupKey>[] = withProvingSignals([
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
        ownSignals: ['portal-opened', 'captcha-shown', 'email-valid'],
      },
      {
        id: 'afiliado.cedula',
        title: 'step.afiliado.cedula.title',
        tip: 'step.afiliado.cedula.tip',
        fail: 'step.afiliado.cedula.fail',
        ownSignals: ['id-valid'],
      },
      {
        id: 'afiliado.robot',
        title: 'step.afiliado.robot.title',
        tip: 'step.afiliado.robot.tip',
        fail: 'step.afiliado.robot.fail',
        ownSignals: ['questions-shown'],
      },
      {
        id: 'afiliado.questions',
        title: 'step.afiliado.questions.title',
        tip: 'step.afiliado.questions.tip',
        fail: 'step.afiliado.questions.fail',
      },
      {
        id: 'afiliado.email',
        title: 'step.afiliado.email.title',
        tip: 'step.afiliado.email.tip',
        fail: 'step.afiliado.email.fail',
        ownSignals: ['email-sent'],
        email: { linkMinutes: GENERATE_LINK_MINUTES },
      },
      {
        id: 'afiliado.inbox',
        title: 'step.afiliado.inbox.title',
        tip: 'step.afiliado.inbox.tip',
        fail: 'step.afiliado.inbox.fail',
        ownSignals: ['clave-valid'],
        endsEmailWait: true,
      },
      {
        id: 'afiliado.clave',
        title: 'step.afiliado.clave.title',
        tip: 'step.afiliado.clave.tip',
        fail: 'step.afiliado.clave.fail',
        ownSignals: ['clave-created'],
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
        handOnly: true,
      },
      {
        id: 'unlock.open',
        title: 'step.unlock.open.title',
        tip: 'step.unlock.open.tip',
        fail: 'step.unlock.open.fail',
        link: PORTAL_URLS.unlock,
        ownSignals: ['portal-opened', 'captcha-shown'],
      },
      {
        id: 'unlock.cedula',
        title: 'step.unlock.cedula.title',
        tip: 'step.unlock.cedula.tip',
        fail: 'step.unlock.cedula.fail',
        ownSignals: ['id-valid'],
      },
      {
        id: 'unlock.email',
        title: 'step.unlock.email.title',
        tip: 'step.unlock.email.tip',
        fail: 'step.unlock.email.fail',
        ownSignals: ['email-sent'],
        email: { linkMinutes: UNLOCK_LINK_MINUTES },
      },
      {
        id: 'unlock.link',
        title: 'step.unlock.link.title',
        tip: 'step.unlock.link.tip',
        fail: 'step.unlock.link.fail',
        ownSignals: ['unlocked'],
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
        ownSignals: ['portal-opened', 'id-valid'],
      },
      {
        id: 'update.login',
        title: 'step.update.login.title',
        tip: 'step.update.login.tip',
        fail: 'step.update.login.fail',
      },
      {
        id: 'update.data',
        title: 'step.update.data.title',
        tip: 'step.update.data.tip',
        fail: 'step.update.data.fail',
        ownSignals: ['email-valid'],
      },
      {
        id: 'update.code',
        title: 'step.update.code.title',
        tip: 'step.update.code.tip',
        fail: 'step.update.code.fail',
        ownSignals: ['email-sent'],
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
        ownSignals: ['portal-opened'],
      },
      {
        id: 'empleador.form',
        title: 'step.empleador.form.title',
        tip: 'step.empleador.form.tip',
        fail: 'step.empleador.form.fail',
        ownSignals: ['id-valid'],
      },
      { id: 'empleador.print', title: 'step.empleador.print.title', tip: 'step.empleador.print.tip', handOnly: true },
      {
        id: 'empleador.docs',
        title: 'step.empleador.docs.title',
        tip: 'step.empleador.docs.tip',
        fail: 'step.empleador.docs.fail',
        handOnly: true,
      },
      { id: 'empleador.office', title: 'step.empleador.office.title', tip: 'step.empleador.office.tip', handOnly: true },
      {
        id: 'empleador.test',
        title: 'step.empleador.test.title',
        tip: 'step.empleador.test.tip',
        ownSignals: ['clave-created'],
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
        handOnly: true,
      },
      {
        id: 'biess.open',
        title: 'step.biess.open.title',
        tip: 'step.biess.open.tip',
        link: PORTAL_URLS.biess,
        ownSignals: ['portal-opened'],
      },
      {
        id: 'biess.login',
        title: 'step.biess.login.title',
        tip: 'step.biess.login.tip',
        fail: 'step.biess.login.fail',
        ownSignals: ['id-valid'],
      },
      { id: 'biess.done', title: 'step.biess.done.title', tip: 'step.biess.done.tip' },
    ],
  },
]);
