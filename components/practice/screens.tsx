/**
 * The practice screens. Markup is deliberately portal-like (JSF-style ids, labels in the previous
 * table cell, uncontrolled inputs) so the same assistant that runs on the real portal finds the
 * fields here. Values are read from the DOM only when a button is pressed, and kept nowhere.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../utils/i18n/core';
import { tPractice, type PracticeKey } from '../../utils/i18n/practice';
import type { FakePerson } from '../../utils/practice/fake-data';
import { check } from '../../utils/rules';
import { verdictText } from '../../utils/i18n/rules';
import { parseBirthDate } from '../../utils/practice/birth-date';
import { Keyboard } from './Keyboard';
import { Countdown } from './Countdown';
import { Address } from '../Address';

export interface ScreenProps {
  lang: Lang;
  person: FakePerson;
  next: () => void;
}

const digits = (v: string) => v.replace(/\D/g, '');
const valueOf = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';

function Panel({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="rich-panel" aria-labelledby="screen-title">
      <div class="rich-panel-header">
        <h2 id="screen-title" tabIndex={-1}>
          {title}
        </h2>
      </div>
      <div class="rich-panel-body">{children}</div>
    </section>
  );
}

/** Label in the previous cell, like the portal, but a real <label for> so it names the field. */
function Row({ id, label, input, children }: { id: string; label: string; input: string; children: ComponentChildren }) {
  return (
    <tr>
      <td class="label-cell">
        <label id={`${id}_lbl`} for={input}>
          {label}
        </label>
      </td>
      <td>{children}</td>
    </tr>
  );
}

function ErrorLine({ text }: { text: string }) {
  return text ? (
    <p class="portal-error" role="alert">
      {text}
    </p>
  ) : null;
}

export function IdScreen({ lang, person, next }: ScreenProps) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  const [error, setError] = useState('');
  return (
    <Panel title={t('id.title')}>
      <form
        id="formGenerar"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          if (digits(valueOf(form, 'formGenerar:j_id15')) !== person.cedula) return setError(t('id.notFound'));
          if (!(form.elements.namedItem('robot') as HTMLInputElement).checked) return setError(t('id.robotMissing'));
          next();
        }}
      >
        <table>
          <tbody>
            <Row id="formGenerar:j_id14" input="formGenerar:j_id15" label={t('id.label')}>
              <input id="formGenerar:j_id15" name="formGenerar:j_id15" type="text" maxLength={13} data-practice-target="cedula" />
            </Row>
          </tbody>
        </table>
        <label class="robot" data-practice-target="robot">
          <input type="checkbox" name="robot" /> {t('id.robot')}
        </label>
        <ErrorLine text={error} />
        <button type="submit" class="portal-button" data-practice-target="search">
          {t('id.search')}
        </button>
      </form>
    </Panel>
  );
}

export function QuestionsScreen({ lang, person, next }: ScreenProps) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  const [error, setError] = useState('');
  return (
    <Panel title={t('q.title')}>
      <p>
        {t('q.person')} <strong>{person.name}</strong>
      </p>
      <form
        id="formPreguntas"
        data-practice-target="questions"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          // 05-11-1961, 5/11/1961, 5.11.1961… all mean the same day; anything else gets the format.
          const birth = parseBirthDate(valueOf(form, 'formPreguntas:j_id31'));
          if (!birth) return setError(t('q.birthFormat'));
          const answersOk = person.answers.every((a) => valueOf(form, a.question) === a.answer);
          if (birth !== person.birthDate || !answersOk) return setError(t('q.wrong'));
          next();
        }}
      >
        <table>
          <tbody>
            <Row id="formPreguntas:j_id30" input="formPreguntas:j_id31" label={t('q.birth')}>
              <input id="formPreguntas:j_id31" name="formPreguntas:j_id31" type="text" inputMode="numeric" />
            </Row>
          </tbody>
        </table>
        {person.answers.map((a) => (
          <fieldset key={a.question}>
            <legend>{t(`q.${a.question}` as PracticeKey)}</legend>
            {(['a1', 'a2', 'a3'] as const).map((opt) => (
              <label key={opt} class="option">
                <input type="radio" name={a.question} value={opt} /> {t(`q.${opt}` as PracticeKey)}
              </label>
            ))}
          </fieldset>
        ))}
        <ErrorLine text={error} />
        <button type="submit" class="portal-button">
          {t('q.continue')}
        </button>
      </form>
    </Panel>
  );
}

export function ContactScreen({ lang, next }: ScreenProps) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  const [error, setError] = useState('');
  return (
    <Panel title={t('c.title')}>
      <form
        id="formDatos"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const email = valueOf(form, 'formDatos:j_id41');
          const ok =
            ['ok', 'warn'].includes(check('email', email).level) &&
            check('email-confirm', valueOf(form, 'formDatos:j_id43'), { email }).level === 'ok' &&
            ['ok', 'warn'].includes(check('phone', valueOf(form, 'formDatos:j_id45')).level);
          if (!ok) return setError(t('c.fix'));
          next();
        }}
      >
        <table>
          <tbody>
            <Row id="formDatos:j_id40" input="formDatos:j_id41" label={t('c.email')}>
              <input id="formDatos:j_id41" name="formDatos:j_id41" type="text" data-practice-target="email" />
            </Row>
            <Row id="formDatos:j_id42" input="formDatos:j_id43" label={t('c.emailConfirm')}>
              <input id="formDatos:j_id43" name="formDatos:j_id43" type="text" />
            </Row>
            <Row id="formDatos:j_id44" input="formDatos:j_id45" label={t('c.mobile')}>
              <input id="formDatos:j_id45" name="formDatos:j_id45" type="text" data-practice-target="mobile" />
            </Row>
            <Row id="formDatos:j_id46" input="formDatos:j_id47" label={t('c.landline')}>
              <input id="formDatos:j_id47" name="formDatos:j_id47" type="text" />
            </Row>
          </tbody>
        </table>
        <ErrorLine text={error} />
        <button type="submit" class="portal-button" data-practice-target="send">
          {t('c.send')}
        </button>
      </form>
    </Panel>
  );
}

export function SentScreen({
  lang,
  person,
  next,
  startedAt,
  minutes,
  heading,
}: ScreenProps & { startedAt: number; minutes: number; heading: PracticeKey }) {
  const t = (k: PracticeKey, p?: Record<string, string | number>) => tPractice(lang, k, p);
  const masked = person.email.replace(/^(.)[^@]*/, '$1*****');
  return (
    <Panel title={t(heading)}>
      <p class="portal-info" role="status">
        {t('sent.body', { email: masked })}
      </p>
      <p>{t('sent.expires', { minutes })}</p>
      <Countdown lang={lang} startedAt={startedAt} minutes={minutes} />
      <button type="button" class="portal-button" onClick={next}>
        {t('sent.open')}
      </button>
    </Panel>
  );
}

export function ClaveScreen({ lang, person, next }: ScreenProps) {
  const t = (k: PracticeKey, p?: Record<string, string | number>) => tPractice(lang, k, p);
  const [error, setError] = useState('');
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [target, setTarget] = useState<'new' | 'confirm'>('new');
  return (
    <Panel title={t('k.title')}>
      <form
        id="formClave"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          if (!(form.elements.namedItem('terms') as HTMLInputElement).checked) return setError(t('k.needTerms'));
          // Each error names its field, and the on-screen keyboard moves there to fix it.
          const clave = newRef.current?.value ?? '';
          const verdict = check('password', clave, { cedula: person.cedula });
          if (verdict.level !== 'ok' && verdict.level !== 'warn') {
            setTarget('new');
            return setError(t('k.fixNew', { reason: verdictText(lang, verdict) }));
          }
          if (check('password-confirm', confirmRef.current?.value ?? '', { password: clave }).level !== 'ok') {
            setTarget('confirm');
            return setError(t('k.fixConfirm'));
          }
          next();
        }}
      >
        <div class="terms" data-practice-target="terms">
          <p>{t('k.terms')}</p>
          <label>
            <input type="checkbox" name="terms" /> {t('k.accept')}
          </label>
        </div>
        <p class="policy">{t('k.policy')}</p>
        <table>
          <tbody>
            <Row id="formClave:j_id60" input="formClave:j_id61" label={t('k.new')}>
              <input
                ref={newRef}
                id="formClave:j_id61"
                name="formClave:j_id61"
                type="password"
                readOnly
                autoComplete="off"
                class={target === 'new' ? 'kb-target' : ''}
                onClick={() => setTarget('new')}
                onFocus={() => setTarget('new')}
              />
            </Row>
            <Row id="formClave:j_id62" input="formClave:j_id63" label={t('k.confirm')}>
              <input
                ref={confirmRef}
                id="formClave:j_id63"
                name="formClave:j_id63"
                type="password"
                readOnly
                autoComplete="off"
                class={target === 'confirm' ? 'kb-target' : ''}
                onClick={() => setTarget('confirm')}
                onFocus={() => setTarget('confirm')}
              />
            </Row>
          </tbody>
        </table>
        <Keyboard
          lang={lang}
          target={() => (target === 'new' ? newRef.current : confirmRef.current)}
          which={target}
          onWhich={setTarget}
        />
        <ErrorLine text={error} />
        <button type="submit" class="portal-button" data-practice-target="generate">
          {t('k.generate')}
        </button>
      </form>
    </Panel>
  );
}

/** After the practice: the same task on the official page, in a new tab. */
function RealPortal({ lang, url }: { lang: Lang; url: string }) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  return (
    <div class="real-portal" data-practice-target="real">
      <h3>{t('done.realTitle')}</h3>
      <p>{t('done.realBody')}</p>
      <a class="portal-button real-link" href={url} target="_blank" rel="noopener noreferrer" data-real-portal>
        {t('done.realLink')} <span class="new-tab">{t('done.newTab')}</span>
      </a>
      <p class="real-address">
        {t('done.address')} <Address text={url} />
      </p>
    </div>
  );
}

export function DoneScreen({
  lang,
  heading,
  body,
  realUrl,
  onAgain,
}: {
  lang: Lang;
  heading: PracticeKey;
  body: PracticeKey;
  /** The official page of this task (PORTAL_URLS in utils/portal/pages.ts). */
  realUrl: string;
  onAgain: () => void;
}) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  return (
    <Panel title={t(heading)}>
      <p class="portal-info" role="status" data-practice-target="done">
        {t(body)}
      </p>
      <RealPortal lang={lang} url={realUrl} />
      <button type="button" class="portal-button" onClick={onAgain}>
        {t('done.again')}
      </button>
    </Panel>
  );
}

export function UnlockScreen({ lang, person, next }: ScreenProps) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  const [error, setError] = useState('');
  return (
    <Panel title={t('u.title')}>
      <form
        id="formDesbloqueo"
        onSubmit={(e) => {
          e.preventDefault();
          if (digits(valueOf(e.currentTarget, 'formDesbloqueo:j_id11')) !== person.cedula) return setError(t('id.notFound'));
          next();
        }}
      >
        <table>
          <tbody>
            <Row id="formDesbloqueo:j_id10" input="formDesbloqueo:j_id11" label={t('u.label')}>
              <input id="formDesbloqueo:j_id11" name="formDesbloqueo:j_id11" type="text" data-practice-target="cedula" />
            </Row>
          </tbody>
        </table>
        <ErrorLine text={error} />
        <button type="submit" class="portal-button" data-practice-target="unlock">
          {t('u.button')}
        </button>
      </form>
    </Panel>
  );
}

export function EmployerScreen({ lang, person, next }: ScreenProps) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  const [error, setError] = useState('');
  return (
    <Panel title={t('e.title')}>
      <form
        id="formEmpleador"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const email = valueOf(form, 'formEmpleador:j_id25');
          const ok =
            ['ok', 'warn'].includes(check('ruc', valueOf(form, 'formEmpleador:j_id21')).level) &&
            ['ok', 'warn'].includes(check('cedula', valueOf(form, 'formEmpleador:j_id23')).level) &&
            ['ok', 'warn'].includes(check('email', email).level) &&
            check('email-confirm', valueOf(form, 'formEmpleador:j_id27'), { email }).level === 'ok';
          if (!ok) return setError(t('e.fix'));
          next();
        }}
      >
        <table>
          <tbody>
            <Row id="formEmpleador:j_id20" input="formEmpleador:j_id21" label={t('e.ruc')}>
              <input id="formEmpleador:j_id21" name="formEmpleador:j_id21" type="text" maxLength={13} data-practice-target="ruc" />
            </Row>
            <Row id="formEmpleador:j_id28" input="formEmpleador:j_id29" label={t('e.company')}>
              <input id="formEmpleador:j_id29" name="formEmpleador:j_id29" type="text" value={person.company} readOnly />
            </Row>
            <Row id="formEmpleador:j_id22" input="formEmpleador:j_id23" label={t('e.rep')}>
              <input id="formEmpleador:j_id23" name="formEmpleador:j_id23" type="text" maxLength={10} data-practice-target="rep" />
            </Row>
            <Row id="formEmpleador:j_id24" input="formEmpleador:j_id25" label={t('e.email')}>
              <input id="formEmpleador:j_id25" name="formEmpleador:j_id25" type="text" data-practice-target="email" />
            </Row>
            <Row id="formEmpleador:j_id26" input="formEmpleador:j_id27" label={t('e.emailConfirm')}>
              <input id="formEmpleador:j_id27" name="formEmpleador:j_id27" type="text" />
            </Row>
          </tbody>
        </table>
        <ErrorLine text={error} />
        <button type="submit" class="portal-button" data-practice-target="send">
          {t('e.send')}
        </button>
      </form>
    </Panel>
  );
}

export function EmployerDoneScreen({ lang, realUrl, onAgain }: { lang: Lang; realUrl: string; onAgain: () => void }) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  return (
    <Panel title={t('e.doneTitle')}>
      <div data-practice-target="done">
        <p class="portal-info" role="status">
          {t('e.doneBody')}
        </p>
        <ul>
          <li>{t('e.docRuc')}</li>
          <li>{t('e.docCedula')}</li>
          <li>{t('e.docForm')}</li>
        </ul>
      </div>
      <RealPortal lang={lang} url={realUrl} />
      <button type="button" class="portal-button" onClick={onAgain}>
        {t('done.again')}
      </button>
    </Panel>
  );
}
